using Regie.Core.Provenance;
using Regie.Core.Results;

namespace Regie.Monitor.Atlas;

/// <summary>
/// The exposure atlas of the Dutch workforce: every view the web pages, the API and the CLI show.
/// All three call this one service, so they show the same numbers.
/// </summary>
public interface IExposureAtlas
{
    /// <summary>National summary: ILO 2025 class shares, weighted means of every index, coverage.</summary>
    Task<AtlasSummary> GetSummaryAsync(CancellationToken cancellationToken);

    /// <summary>All BRC 2014 occupation groups, filtered and sorted.</summary>
    Task<Result<OccupationList>> GetOccupationsAsync(OccupationQuery query, CancellationToken cancellationToken);

    /// <summary>One BRC group with its unit groups, tasks, ESCO occupations and disagreements.</summary>
    Task<Result<OccupationDetail>> GetOccupationAsync(string code, CancellationToken cancellationToken);

    /// <summary>NACE sections through the sector × occupation matrix; latest year when <paramref name="year"/> is null.</summary>
    Task<Result<SectorList>> GetSectorsAsync(int? year, CancellationToken cancellationToken);

    /// <summary>Exposure by pay band, sex and education.</summary>
    Task<GroupViews> GetGroupsAsync(CancellationToken cancellationToken);

    /// <summary>Index descriptors, rank correlations and largest disagreements.</summary>
    Task<IndexComparison> GetIndexComparisonAsync(CancellationToken cancellationToken);

    /// <summary>Every shipped source with licence and attribution.</summary>
    Task<IReadOnlyList<SourceInfo>> GetSourcesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Disclaimers the sources require, by id (from data/sources.json): "iloAdaptation" wherever ILO scores are
    /// re-aggregated, "iloTranslationNl"/"iloTranslationEn" where ILO labels are translated.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> GetDisclaimersAsync(CancellationToken cancellationToken);
}
