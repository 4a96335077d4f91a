using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regie.Core.Reference;
using Regie.Core.Results;
using Regie.Data;
using Regie.Data.Build;
using Regie.Data.Store;
using Regie.Monitor;
using Regie.Monitor.Atlas;

namespace Regie.Benchmarks;

/// <summary>
/// The atlas: reading the reference data from the store and computing every view from it (what the first request
/// after start-up pays), against serving queries from the computed views (what every later request pays).
/// </summary>
[MemoryDiagnoser]
public class AtlasBenchmarks
{
    private static readonly OccupationQuery Default = new();
    private static readonly OccupationQuery SearchAndSort = new(Search: "zorg", Sort: "employed", Descending: false);

    private BenchmarkData _data = null!; // Set in GlobalSetup.
    private ReferenceData _reference = null!; // Set in GlobalSetup.
    private IExposureAtlas _warmAtlas = null!; // Set in GlobalSetup.
    private string _storePath = ""; // Set in GlobalSetup.

    [GlobalSetup]
    public void GlobalSetup()
    {
        _data = new BenchmarkData();
        _data.Services.GetRequiredService<IDataBuilder>().BuildAsync(false, null, CancellationToken.None).GetAwaiter().GetResult();
        _storePath = _data.Services.GetRequiredService<IOptions<DataOptions>>().Value.StorePath;
        _reference = _data.Services.GetRequiredService<IReferenceDataSource>().LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        _warmAtlas = NewAtlas(_reference);
        _warmAtlas.GetSummaryAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void GlobalCleanup() => _data.Dispose();

    [Benchmark(Baseline = true, Description = "Compute atlas from reference data")]
    public Task<AtlasSummary> ComputeAtlas() => NewAtlas(_reference).GetSummaryAsync(CancellationToken.None);

    [Benchmark(Description = "Read reference data from the store")]
    public ReferenceData ReadStore() => StoreReader.Read(_storePath);

    [Benchmark(Description = "Served occupations query (default)")]
    public Task<Result<OccupationList>> OccupationsDefault() => _warmAtlas.GetOccupationsAsync(Default, CancellationToken.None);

    [Benchmark(Description = "Served occupations query (search + sort)")]
    public Task<Result<OccupationList>> OccupationsSearchAndSort() => _warmAtlas.GetOccupationsAsync(SearchAndSort, CancellationToken.None);

    [Benchmark(Description = "Served occupation detail (0811)")]
    public Task<Result<OccupationDetail>> OccupationDetail() => _warmAtlas.GetOccupationAsync("0811", CancellationToken.None);

    // A fresh atlas over reference data already in memory, so the benchmark measures the computation, not DuckDB.
    private static IExposureAtlas NewAtlas(ReferenceData reference) =>
        new ServiceCollection()
            .AddSingleton<IReferenceDataSource>(new InMemoryReference(reference))
            .AddRegieMonitor()
            .BuildServiceProvider()
            .GetRequiredService<IExposureAtlas>();

    private sealed class InMemoryReference(ReferenceData reference) : IReferenceDataSource
    {
        public Task<ReferenceData> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(reference);
    }
}
