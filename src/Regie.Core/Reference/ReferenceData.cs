using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Core.Provenance;

namespace Regie.Core.Reference;

/// <summary>
/// Everything the Monitor reads from the analytical store, as plain immutable tables.
/// Built by <c>regie data build</c> from the shipped files; the Monitor computes every view from it.
/// </summary>
/// <param name="Version">Content hash of the shipped data and the time the store was built.</param>
/// <param name="IscoGroups">English ISCO-08 titles of the groups at every level (ILO structure).</param>
/// <param name="UnitGroups">ISCO-08 unit groups, with their BRC 2014 group through the CBS schakelschema.</param>
/// <param name="BrcGroups">BRC 2014 occupation groups (114).</param>
/// <param name="IloScores">ILO 2025/2023 occupation-level means, SDs and published classes per unit group.</param>
/// <param name="IloTasks">ILO task-level scores.</param>
/// <param name="IndexScores">Scores of every index per ISCO-08 unit group (after crosswalks).</param>
/// <param name="EscoOccupations">ESCO occupations with their ISCO-08 unit group.</param>
/// <param name="Employment">CBS employment, composition and pay per BRC group.</param>
/// <param name="SectorEmployment">Eurostat employment by NACE section × ISCO major group.</param>
/// <param name="SectorEarnings">Eurostat SES mean hourly earnings by NACE section × ISCO major group.</param>
/// <param name="SubMajorEmployment">Eurostat employment by ISCO 2-digit group.</param>
/// <param name="Sections">NACE Rev. 2 sections (SBI 2008) with Dutch and English labels.</param>
/// <param name="Sources">Every shipped source with its provenance and attribution.</param>
/// <param name="Periods">Reference periods of the CBS employment and pay figures.</param>
/// <param name="Disclaimers">Required disclaimers by id (e.g. "iloAdaptation"), from the source catalogue.</param>
public sealed record ReferenceData(
    DataVersion Version,
    EmploymentPeriods Periods,
    IReadOnlyList<IscoGroup> IscoGroups,
    IReadOnlyList<UnitGroup> UnitGroups,
    IReadOnlyList<BrcGroup> BrcGroups,
    IReadOnlyList<IloScore> IloScores,
    IReadOnlyList<IloTask> IloTasks,
    IReadOnlyList<IndexScore> IndexScores,
    IReadOnlyList<EscoOccupation> EscoOccupations,
    IReadOnlyList<BrcEmployment> Employment,
    IReadOnlyList<SectorEmployment> SectorEmployment,
    IReadOnlyList<SectorEarnings> SectorEarnings,
    IReadOnlyList<SubMajorEmployment> SubMajorEmployment,
    IReadOnlyList<NaceSection> Sections,
    IReadOnlyList<SourceInfo> Sources,
    IReadOnlyDictionary<string, string> Disclaimers);

/// <summary>Reference periods of the CBS figures per BRC group, as CBS labels them (e.g. "2025 Q4").</summary>
public sealed record EmploymentPeriods(string Employment, string Comparison, string Pay);

/// <summary>Content hash of the shipped data folder and when the store was built from it.</summary>
public sealed record DataVersion(string ContentHash, DateTimeOffset BuiltAt, string BuilderVersion);

/// <summary>An ISCO-08 group at any level with its English title.</summary>
public sealed record IscoGroup(IscoCode Code, string TitleEn);

/// <summary>An ISCO-08 unit group (or a CBS "z.n.d." residual code) and the BRC group CBS assigns it to.</summary>
/// <param name="Code">Four-character code.</param>
/// <param name="TitleEn">English ISCO-08 title (ILO), null for CBS residual codes.</param>
/// <param name="TitleNl">Dutch title (CBS schakelschema).</param>
/// <param name="Brc">BRC 2014 occupation group.</param>
/// <param name="SkillLevel">ISCO-08 skill level 1–4 as CBS assigns it.</param>
/// <param name="IsResidual">True for CBS "z.n.d." (not elsewhere classified) codes, which are not ISCO-08 unit groups.</param>
public sealed record UnitGroup(IscoCode Code, string? TitleEn, string TitleNl, BrcCode Brc, int SkillLevel, bool IsResidual);

/// <summary>A BRC 2014 occupation group with its segment and class.</summary>
public sealed record BrcGroup(BrcCode Code, string Title, BrcCode SegmentCode, string Segment, BrcCode ClassCode, string Class);

/// <summary>ILO occupation-level figures, exactly as published (2-decimal means and SDs, labels).</summary>
public sealed record IloScore(IscoCode Code, double Mean2025, double Sd2025, IloClass Class2025, double? Mean2023, double? Sd2023, Ilo2023Class? Class2023);

/// <summary>One ILO task row.</summary>
public sealed record IloTask(IscoCode Code, int TaskId, string Text, double Score2025, double? Score2023);

/// <summary>An index's score for one ISCO-08 unit group and how many source occupations were linked.</summary>
public sealed record IndexScore(ExposureIndex Index, IscoCode Code, double Score, int LinkedOccupations);

/// <summary>An ESCO occupation (ESCO v1.2 nl; English label from v1.1.1 where the URI exists there).</summary>
/// <param name="DescriptionNl">ESCO's Dutch description of the occupation (v1.2), null when the file has none.</param>
public sealed record EscoOccupation(string Uri, string Code, IscoCode IscoGroup, string LabelNl, string? LabelEn, string? DescriptionNl);

/// <summary>
/// CBS 85276NED / 85517NED figures for one BRC group. Persons, not jobs. Null = not published.
/// </summary>
public sealed record BrcEmployment(
    BrcCode Code,
    long? Employed,
    long? EmployedComparison,
    double? GrowthPercent,
    double? WomenShare,
    double? HigherEducationShare,
    double? MedianHourlyPay,
    double? PayP25,
    double? PayP75,
    long? EmployeesInPayData);

/// <summary>Eurostat lfsa_eisn2: employed persons (thousands) in a NACE section × ISCO major group; null = suppressed.</summary>
public sealed record SectorEmployment(string Section, IscoCode MajorGroup, int Year, double? Thousands);

/// <summary>Eurostat SES (earn_ses22_47): mean gross hourly earnings (EUR); null = not published.</summary>
public sealed record SectorEarnings(string Section, IscoCode MajorGroup, int Year, double? MeanHourlyEur);

/// <summary>Eurostat lfsa_egai2d: employed persons (thousands) by ISCO 2-digit group.</summary>
public sealed record SubMajorEmployment(IscoCode SubMajorGroup, int Year, string AgeGroup, double? Thousands, bool LowReliability, bool BreakInSeries);

/// <summary>A NACE Rev. 2 section (= SBI 2008 section).</summary>
public sealed record NaceSection(string Code, string LabelNl, string LabelEn);
