using Regie.Data.Files;

namespace Regie.Data.Build;

/// <summary>Resolves the shipped data folder from the options, the working directory or the application folder.</summary>
internal static class DataFolder
{
    public static string Resolve(DataOptions options) =>
        ShippedData.Locate(options.Directory, Environment.CurrentDirectory, AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException(
            "Regie's data folder was not found. Run Regie from its repository, or set Data__Directory to the folder that holds sources.json.");
}
