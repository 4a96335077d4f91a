namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>
/// The random streams of the synthesis. Each use of randomness has its own stream, so a draw depends only on
/// (seed, stream, record index) and never on the order or thread in which records are visited.
/// </summary>
internal enum DrawStream : uint
{
    HouseholdOrder = 1,
    SeniorSingles,
    SeniorCouples,
    SeniorBand,
    SeniorAge,
    ChildStage,
    ChildSpacing,
    AdultAge,
    PartnerGap,
    Sex,
    EducationNoise,
    EducationOrder,
    BijstandPick,
    EmploymentOrder,
    WwOrder,
    SelfEmploymentPick,
    WithStaffPick,
    HoursNoise,
    HoursWithinBand,
    OccupationOrder,
    MajorOrder,
    SectorOrder,
    PayNoise,
    PriorWage,
    PriorHours,
    HistoryBefore,
    HistorySince,
    WwMonths,
    Profit,
    PensionHas,
    PensionAmount,
    AssetsNoise,
    BijstandAssets,
}
