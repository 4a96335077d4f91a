using Regie.Core.Provenance;
using Regie.Core.Reference;
using Regie.Core.Results;

namespace Regie.Monitor.Atlas;

/// <summary>
/// The atlas service: computes every view once from the reference data and serves them from memory, so web pages,
/// API and CLI show the same numbers and public reads stay fast.
/// </summary>
internal sealed class ExposureAtlas(IReferenceDataSource source) : IExposureAtlas
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Computed? _computed;

    public async Task<AtlasSummary> GetSummaryAsync(CancellationToken cancellationToken) =>
        (await ComputeAsync(cancellationToken)).Summary;

    public async Task<Result<OccupationList>> GetOccupationsAsync(OccupationQuery query, CancellationToken cancellationToken)
    {
        var c = await ComputeAsync(cancellationToken);
        return OccupationsView.List(c.Model, c.Rows, query);
    }

    public async Task<Result<OccupationDetail>> GetOccupationAsync(string code, CancellationToken cancellationToken)
    {
        var c = await ComputeAsync(cancellationToken);
        return OccupationDetailView.Build(c.Model, c.Rows, code);
    }

    public async Task<Result<SectorList>> GetSectorsAsync(int? year, CancellationToken cancellationToken)
    {
        var c = await ComputeAsync(cancellationToken);
        var key = year ?? c.LatestSectorYear;
        if (c.Sectors.TryGetValue(key, out var cached))
        {
            return cached;
        }

        return SectorsView.Build(c.Model, key);
    }

    public async Task<GroupViews> GetGroupsAsync(CancellationToken cancellationToken) =>
        (await ComputeAsync(cancellationToken)).Groups;

    public async Task<IndexComparison> GetIndexComparisonAsync(CancellationToken cancellationToken) =>
        (await ComputeAsync(cancellationToken)).Indices;

    public async Task<IReadOnlyList<SourceInfo>> GetSourcesAsync(CancellationToken cancellationToken) =>
        (await ComputeAsync(cancellationToken)).Model.Reference.Sources;

    public async Task<IReadOnlyDictionary<string, string>> GetDisclaimersAsync(CancellationToken cancellationToken) =>
        (await ComputeAsync(cancellationToken)).Model.Reference.Disclaimers;

    private async Task<Computed> ComputeAsync(CancellationToken cancellationToken)
    {
        if (_computed is { } computed)
        {
            return computed;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_computed is null)
            {
                var reference = await source.LoadAsync(cancellationToken);
                _computed = Computed.From(new AtlasModel(reference));
            }

            return _computed;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Computed(
        AtlasModel Model,
        IReadOnlyList<OccupationRow> Rows,
        AtlasSummary Summary,
        GroupViews Groups,
        IndexComparison Indices,
        IReadOnlyDictionary<int, SectorList> Sectors,
        int LatestSectorYear)
    {
        public static Computed From(AtlasModel model)
        {
            var years = SectorsView.Years(model);
            return new Computed(
                model,
                OccupationsView.Rows(model),
                SummaryView.Build(model),
                GroupsView.Build(model),
                IndexComparisonView.Build(model),
                years.ToDictionary(y => y, y => SectorsView.Build(model, y).Value),
                years[^1]);
        }
    }
}
