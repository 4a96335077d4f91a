using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Reference;
using Regie.Data.Build;
using Regie.Data.Files;
using Regie.Data.Store;

namespace Regie.Benchmarks;

/// <summary>
/// `regie data build` from the shipped files (bar: under 30 s), split into its two halves (reading the files,
/// writing the DuckDB store) and compared with the up-to-date check that every start-up pays.
/// </summary>
[MemoryDiagnoser]
public class DataBuildBenchmarks
{
    private BenchmarkData _data = null!; // Set in GlobalSetup.
    private IDataBuilder _builder = null!; // Set in GlobalSetup.
    private ShippedData _shipped = null!; // Set in GlobalSetup.
    private ReferenceData _reference = null!; // Set in GlobalSetup.
    private string _scratchStore = "";

    [GlobalSetup]
    public void GlobalSetup()
    {
        _data = new BenchmarkData();
        _builder = _data.Services.GetRequiredService<IDataBuilder>();
        _shipped = new ShippedData(_data.DataFolder);
        _reference = ReadFiles();
        _builder.BuildAsync(force: true, progress: null, CancellationToken.None).GetAwaiter().GetResult();
        _scratchStore = Path.Combine(_data.Home, "scratch.duckdb");
    }

    [GlobalCleanup]
    public void GlobalCleanup() => _data.Dispose();

    [Benchmark(Baseline = true, Description = "Full build (force)")]
    public Task<BuildResult> FullBuild() => _builder.BuildAsync(force: true, progress: null, CancellationToken.None);

    [Benchmark(Description = "Read shipped files")]
    public ReferenceData ReadFiles()
    {
        var version = new DataVersion("benchmark", DateTimeOffset.UnixEpoch, StoreSchema.Version);
        return ReferenceFileReader.Read(_shipped, version, _ => { }, CancellationToken.None);
    }

    [Benchmark(Description = "Write DuckDB store")]
    public IReadOnlyDictionary<string, long> WriteStore()
    {
        File.Delete(_scratchStore);
        File.Delete(_scratchStore + ".wal");
        return StoreWriter.Write(_scratchStore, _reference);
    }

    [Benchmark(Description = "Up-to-date check (build, no force)")]
    public Task<BuildResult> UpToDateCheck() => _builder.BuildAsync(force: false, progress: null, CancellationToken.None);

    [Benchmark(Description = "Content hash of data/")]
    public string ContentHash() => _shipped.ComputeContentHash();
}
