namespace Regie.Monitor.Scenarios.Population;

/// <summary>One BRC 2014 occupation group: employment and composition (CBS 85276NED), pay (85517NED), ISCO link.</summary>
/// <param name="Code">Four-digit BRC 2014 group code.</param>
/// <param name="Title">CBS title (Dutch).</param>
/// <param name="SegmentCode">Three-digit BRC segment.</param>
/// <param name="ClassCode">Two-digit BRC class.</param>
/// <param name="Employed">Employed persons (employees and self-employed).</param>
/// <param name="WomenShare">Share of women among the employed, in [0, 1].</param>
/// <param name="HigherEducationShare">Share with higher education (hbo, wo) among the employed, in [0, 1].</param>
/// <param name="Pay">Gross hourly pay quartiles of employees; null when CBS does not publish them for the group.</param>
/// <param name="MajorGroups">ISCO-08 major groups of the group's unit groups (CBS schakelschema), with how many unit groups each.</param>
public sealed record OccupationTarget(
    string Code,
    string Title,
    string SegmentCode,
    string ClassCode,
    Figure Employed,
    Figure WomenShare,
    Figure HigherEducationShare,
    PayQuartiles? Pay,
    IReadOnlyList<MajorGroupLink> MajorGroups);

/// <summary>Gross hourly pay quartiles (euros) of employees; CBS 85517NED pay excludes special payments such as holiday allowance.</summary>
public sealed record PayQuartiles(Figure P25, Figure P50, Figure P75);

/// <summary>An ISCO-08 major group (0–9) and the number of an occupation group's unit groups that belong to it.</summary>
public sealed record MajorGroupLink(int MajorGroup, int UnitGroups);

/// <summary>Pay quartiles of an earlier year for a BRC class, segment or group ("Totaal" for all employees).</summary>
public sealed record PayReference(string Code, PayQuartiles Pay);
