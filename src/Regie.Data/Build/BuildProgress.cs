namespace Regie.Data.Build;

/// <summary>Progress of a store build: step <see cref="Index"/> (1-based) of <see cref="Count"/>.</summary>
/// <param name="Step">What is being done, in English (e.g. "Reading ILO 2025 task scores").</param>
public sealed record BuildProgress(string Step, int Index, int Count);

/// <summary>The outcome of <see cref="IDataBuilder.BuildAsync"/>.</summary>
/// <param name="Built">False when the store was already up to date with the shipped data.</param>
/// <param name="ContentHash">SHA-256 of the shipped data folder.</param>
/// <param name="StorePath">The DuckDB file.</param>
/// <param name="Elapsed">Wall-clock time of the call.</param>
/// <param name="RowCounts">Rows per store table.</param>
public sealed record BuildResult(bool Built, string ContentHash, string StorePath, TimeSpan Elapsed, IReadOnlyDictionary<string, long> RowCounts);

/// <summary>Builds the analytical store from the shipped data: idempotent (keyed by content hash) and all-or-nothing.</summary>
public interface IDataBuilder
{
    /// <summary>Builds the store unless it is up to date; <paramref name="force"/> rebuilds anyway.</summary>
    /// <exception cref="Files.DataFormatException">A shipped file is malformed; names file, row and column.</exception>
    Task<BuildResult> BuildAsync(bool force, IProgress<BuildProgress>? progress, CancellationToken cancellationToken);
}
