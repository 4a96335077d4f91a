namespace Regie.Cli.Hosting;

/// <summary>The process's stdin (a test's reader in tests), for secrets given with <c>--password-stdin</c>.</summary>
internal sealed class StandardInput(TextReader reader)
{
    /// <summary>The first line, without its line break; null when stdin is empty.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken ct) => await reader.ReadLineAsync(ct);
}
