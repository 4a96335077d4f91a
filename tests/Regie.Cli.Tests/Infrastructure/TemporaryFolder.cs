namespace Regie.Cli.Tests.Infrastructure;

internal static class TemporaryFolder
{
    public static string Create(string prefix) =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}")).FullName;
}
