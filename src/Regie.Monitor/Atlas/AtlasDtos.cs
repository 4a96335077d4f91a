namespace Regie.Monitor.Atlas;

// The atlas's public read model. These records are the JSON schema of `regie atlas … --json` and of
// /api/atlas/…: property names are camelCase, numbers are invariant, null means "not published" or
// "cannot be computed" (never 0). Change them only together with docs/atlas-json.md and the golden files.

/// <summary>A reference to a source, printed as the source line under every figure.</summary>
/// <param name="Id">Source id from the catalogue (see /api/atlas/sources).</param>
/// <param name="Label">Short attribution, e.g. "CBS 85276NED, 2025 Q4".</param>
public sealed record SourceRef(string Id, string Label);

/// <summary>How an index is shown: name, scale, crosswalk route and how many unit groups it reaches.</summary>
public sealed record IndexDescriptor(
    string Id,
    string Name,
    string Version,
    string Measures,
    string Scale,
    string CrosswalkRoute,
    int UnitGroupsCovered,
    int UnitGroupsTotal,
    string Citation,
    string Licence);

/// <summary>Share of employment in one ILO class.</summary>
/// <param name="ClassId">e.g. "gradient-4" (ILO 2025) or "automation" (ILO 2023).</param>
/// <param name="Label">The source's English label.</param>
/// <param name="Share">Share of covered employment, 0–1.</param>
/// <param name="Persons">Employed persons implied by the share (rounded to whole persons).</param>
public sealed record ClassShare(string ClassId, string Label, double Share, long Persons);

/// <summary>The national summary of one index.</summary>
/// <param name="IndexId">Index id.</param>
/// <param name="WeightedMean">Employment-weighted mean over BRC groups with a score, in the index's own scale.</param>
/// <param name="WeightedPercentile">Employment-weighted mean of BRC groups' percentile rank among BRC groups (0–100), comparable across indices.</param>
/// <param name="EmploymentCoverage">Share of employment in BRC groups the index reaches.</param>
/// <param name="BrcGroupsCovered">BRC groups with a score.</param>
/// <param name="UnitGroupsCovered">ISCO-08 unit groups the index reaches.</param>
/// <param name="UnitGroupsTotal">ISCO-08 unit groups in the CBS schakelschema (residual codes excluded).</param>
public sealed record IndexSummary(
    string IndexId,
    double? WeightedMean,
    double? WeightedPercentile,
    double EmploymentCoverage,
    int BrcGroupsCovered,
    int UnitGroupsCovered,
    int UnitGroupsTotal);

/// <summary>The national exposure summary.</summary>
public sealed record AtlasSummary(
    string EmploymentPeriod,
    long TotalEmployed,
    double EmploymentCoverage,
    double? Ilo2025WeightedMean,
    IReadOnlyList<ClassShare> Ilo2025Classes,
    IReadOnlyList<ClassShare> Ilo2023Classes,
    IReadOnlyList<IndexSummary> Indices,
    string AggregationRule,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<SourceRef> Sources);

/// <summary>One BRC 2014 occupation group with its exposure, employment and pay.</summary>
/// <param name="Code">BRC 2014 occupation group code.</param>
/// <param name="Title">CBS title (Dutch; CBS publishes no English BRC titles).</param>
/// <param name="Exposure">Headline: unweighted mean ILO 2025 score of the group's scored unit groups; null when none is scored.</param>
/// <param name="DominantClass">The ILO 2025 class most of the group's scored unit groups are in.</param>
/// <param name="Ilo2025Classes">Share of the group's scored unit groups in each ILO 2025 class (assumes workers spread evenly over unit groups).</param>
/// <param name="Scores">Score of every index (id → value, null where the index reaches no unit group of the group).</param>
/// <param name="UnitGroups">Unit groups CBS assigns to the group (residual codes included).</param>
/// <param name="ScoredUnitGroups">Unit groups with an ILO 2025 score.</param>
/// <param name="ChangePercent">Change of employed persons 2024 Q4 → 2025 Q4, in %.</param>
public sealed record OccupationRow(
    string Code,
    string Title,
    string SegmentCode,
    string Segment,
    string ClassCode,
    string Class,
    double? Exposure,
    string? DominantClass,
    IReadOnlyList<ClassShare> Ilo2025Classes,
    IReadOnlyDictionary<string, double?> Scores,
    int UnitGroups,
    int ScoredUnitGroups,
    long? Employed,
    long? EmployedComparison,
    double? ChangePercent,
    double? WomenShare,
    double? HigherEducationShare,
    double? MedianHourlyPay,
    double? PayP25,
    double? PayP75);

/// <summary>All BRC groups with the period and sources.</summary>
public sealed record OccupationList(
    string EmploymentPeriod,
    string ComparisonPeriod,
    string PayPeriod,
    IReadOnlyList<OccupationRow> Occupations,
    string AggregationRule,
    IReadOnlyList<SourceRef> Sources);

/// <summary>An ILO task with its scores.</summary>
public sealed record TaskScore(int TaskId, string Text, double Score2025, double? Score2023);

/// <summary>An ESCO occupation inside a unit group.</summary>
public sealed record EscoOccupationRef(string Uri, string Code, string LabelNl, string? LabelEn);

/// <summary>A unit group's score on one index with its percentile rank among all unit groups the index reaches.</summary>
public sealed record UnitGroupScore(string IndexId, double? Score, double? Percentile);

/// <summary>An ISCO-08 unit group inside a BRC group.</summary>
/// <param name="Disagreement">Largest minus smallest percentile across the indices that reach this unit group (0–100).</param>
public sealed record UnitGroupDetail(
    string Code,
    string? TitleEn,
    string TitleNl,
    int SkillLevel,
    bool IsResidual,
    string? Ilo2025Class,
    double? Ilo2025Sd,
    string? Ilo2023Class,
    IReadOnlyList<UnitGroupScore> Scores,
    double? Disagreement,
    IReadOnlyList<TaskScore> Tasks,
    IReadOnlyList<EscoOccupationRef> EscoOccupations);

/// <summary>One occupation group in full: its unit groups, tasks, ESCO occupations and where indices disagree.</summary>
public sealed record OccupationDetail(
    OccupationRow Occupation,
    IReadOnlyList<UnitGroupDetail> UnitGroups,
    IReadOnlyList<IndexPercentile> Percentiles,
    string AggregationRule,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<SourceRef> Sources);

/// <summary>The BRC group's percentile rank (0–100, among BRC groups) on one index.</summary>
public sealed record IndexPercentile(string IndexId, double? Percentile);

/// <summary>Exposure of a NACE section through the sector × occupation matrix.</summary>
/// <param name="Exposure">Employment-weighted ILO 2025 mean over the section's ISCO major groups.</param>
/// <param name="WageWeightedExposure">The same weighted by employment × mean hourly earnings (SES 2022), where published.</param>
/// <param name="SuppressedCells">Cells of the section Eurostat did not publish (left out, never 0).</param>
public sealed record SectorRow(
    string Section,
    string LabelNl,
    string LabelEn,
    double? EmployedThousands,
    double? Exposure,
    double? WageWeightedExposure,
    IReadOnlyList<ClassShare> Ilo2025Classes,
    int SuppressedCells);

/// <summary>The sector view for one year.</summary>
public sealed record SectorList(
    int Year,
    IReadOnlyList<int> AvailableYears,
    IReadOnlyList<SectorRow> Sectors,
    IReadOnlyList<MajorGroupExposure> MajorGroups,
    string AggregationRule,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<SourceRef> Sources);

/// <summary>ILO 2025 exposure of an ISCO major group, weighted by Eurostat 2-digit employment within it.</summary>
public sealed record MajorGroupExposure(string Code, string TitleEn, double? Exposure, IReadOnlyList<ClassShare> Ilo2025Classes);

/// <summary>A population group (pay band, women, men, higher educated …) with its exposure.</summary>
/// <param name="EmploymentCoverage">Share of the group's employed persons in BRC groups with an ILO 2025 score (0–1).</param>
public sealed record GroupExposure(
    string GroupId,
    string Label,
    long Employed,
    double? WeightedMean,
    IReadOnlyList<ClassShare> Ilo2025Classes,
    double EmploymentCoverage);

/// <summary>Exposure by pay band, by sex and by education.</summary>
public sealed record GroupViews(
    IReadOnlyList<GroupExposure> PayBands,
    IReadOnlyList<GroupExposure> Sex,
    IReadOnlyList<GroupExposure> Education,
    string PayBandRule,
    string AggregationRule,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<SourceRef> Sources);

/// <summary>Spearman rank correlation between two indices at one level.</summary>
public sealed record RankCorrelation(string IndexA, string IndexB, string Level, double? Rho, int N);

/// <summary>An occupation where two indices rank it far apart.</summary>
/// <param name="Level">"isco" or "brc".</param>
/// <param name="PercentileA">Percentile rank on index A (0–100).</param>
/// <param name="PercentileB">Percentile rank on index B (0–100).</param>
public sealed record RankDisagreement(
    string Level,
    string Code,
    string Title,
    string IndexA,
    string IndexB,
    double PercentileA,
    double PercentileB,
    double Gap);

/// <summary>The index comparison: descriptors, rank correlations and the largest disagreements.</summary>
public sealed record IndexComparison(
    IReadOnlyList<IndexDescriptor> Indices,
    IReadOnlyList<RankCorrelation> Correlations,
    IReadOnlyList<RankDisagreement> Disagreements,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<SourceRef> Sources);
