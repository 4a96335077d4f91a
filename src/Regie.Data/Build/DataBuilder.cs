using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Regie.Core.Reference;
using Regie.Data.Files;
using Regie.Data.Store;

namespace Regie.Data.Build;

/// <summary>
/// Builds the DuckDB store from the shipped files. Idempotent: the store records the content hash of data/ and
/// the schema version, and an up-to-date store is left alone. All-or-nothing: the new store is written to a
/// temporary file and moved over the old one only when complete, so a failed build leaves the old store intact.
/// </summary>
internal sealed class DataBuilder(IOptions<DataOptions> options, TimeProvider time, ILogger<DataBuilder> logger) : IDataBuilder
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<BuildResult> BuildAsync(bool force, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var data = new ShippedData(DataFolder.Resolve(options.Value));
        var storePath = options.Value.StorePath;
        await Gate.WaitAsync(cancellationToken);
        try
        {
            var count = ReferenceFileReader.Steps + 2;
            var index = 0;
            void Step(string name) => progress?.Report(new BuildProgress(name, ++index, count));

            Step("Hashing the shipped data");
            var hash = data.ComputeContentHash();
            var key = $"{hash}/{StoreSchema.BuilderVersion}";
            if (!force && StoreReader.ReadContentHash(storePath) == key)
            {
                return new BuildResult(false, hash, storePath, Stopwatch.GetElapsedTime(started), CountRows(storePath));
            }

            var version = new DataVersion(hash, time.GetUtcNow(), StoreSchema.BuilderVersion);
            var reference = await Task.Run(() => ReferenceFileReader.Read(data, version, Step, cancellationToken), cancellationToken);
            ReferenceFileReader.Validate(reference);

            Step("Writing the analytical store");
            Directory.CreateDirectory(Path.GetDirectoryName(storePath)!); // StorePath is always a full path with a folder.
            var temporary = $"{storePath}.{Environment.ProcessId}.tmp";
            try
            {
                var rows = await Task.Run(() => StoreWriter.Write(temporary, reference), cancellationToken);
                File.Move(temporary, storePath, overwrite: true);
                var elapsed = Stopwatch.GetElapsedTime(started);
                logger.LogInformation("Built the analytical store {Path} from data {Hash} in {Elapsed} ms", storePath, hash[..12], (long)elapsed.TotalMilliseconds);
                return new BuildResult(true, hash, storePath, elapsed, rows);
            }
            finally
            {
                File.Delete(temporary);
                File.Delete(temporary + ".wal");
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static IReadOnlyDictionary<string, long> CountRows(string storePath)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={storePath};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return StoreSchema.Tables.ToDictionary(t => t, t => StoreWriter.Count(connection, t), StringComparer.Ordinal);
    }
}
