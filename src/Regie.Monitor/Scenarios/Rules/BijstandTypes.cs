namespace Regie.Monitor.Scenarios.Rules;

/// <summary>The unit that claims bijstand (a single person or a couple) and the dwelling it lives in.</summary>
/// <param name="Couple">Married or cohabiting (the right belongs to the partners jointly, art. 11 PW).</param>
/// <param name="ClaimantAge">Age of the claimant in whole years.</param>
/// <param name="PartnerAge">Age of the partner (ignored for a single person).</param>
/// <param name="CostSharers">Cost-sharing adults (21+) in the dwelling counted per art. 22a, including the
/// claimant(s): at least 1 for a single person, at least 2 for a couple.</param>
/// <param name="HasChildren">Minor children in the household (a single parent's asset limit is the family one).</param>
public sealed record BijstandUnit(bool Couple, int ClaimantAge, int PartnerAge, int CostSharers, bool HasChildren);

/// <summary>The bijstand norm of a unit, net per month incl. holiday allowance.</summary>
/// <param name="MonthlyCents">The norm, eurocents per month.</param>
/// <param name="Steps">How it was found.</param>
public sealed record BijstandNorm(long MonthlyCents, IReadOnlyList<RuleStep> Steps);

/// <summary>The bijstand paid to a unit in a month.</summary>
/// <param name="MonthlyCents">Bijstand, eurocents per month (0 when the asset test fails or income covers the norm).</param>
/// <param name="AssetTestFailed">Liquid assets are above the limit.</param>
/// <param name="Steps">How it was found (the norm's steps first).</param>
public sealed record BijstandAward(long MonthlyCents, bool AssetTestFailed, IReadOnlyList<RuleStep> Steps);
