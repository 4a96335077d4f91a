namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>
/// Baseline against scenario for one group of records. Every figure that divides by the group's weight is null when
/// the group has none, so an empty decile never produces NaN.
/// </summary>
/// <param name="Weight">Σ w.</param>
/// <param name="Count">Number of records.</param>
/// <param name="MeanBaseline">Σ w·y_base / Σ w.</param>
/// <param name="MeanScenario">Σ w·y_scen / Σ w.</param>
/// <param name="AbsoluteChange">Σ w·Δy / Σ w, the weighted mean change.</param>
/// <param name="RelativeChange">Σ w·Δy / Σ w·y_base, only when Σ w·y_base &gt; 0: a group whose baseline income sums
/// to zero or less shows the absolute change only (no sign flip, policyengine-api #1603).</param>
/// <param name="GainShare">Share of the weight whose income rises by more than 1 % of their own baseline income.</param>
/// <param name="LossShare">Share whose income falls by more than 1 %.</param>
/// <param name="LargeLossShare">Share whose income falls by more than 5 % (part of <paramref name="LossShare"/>).</param>
/// <param name="NoChangeShare">Share whose income moves by 1 % or less either way; with gains and losses it sums to 1.</param>
/// <remarks>Records with a baseline income of zero or less have no relative change: they count by the sign of Δy
/// (a rise is a gain, a fall is a loss and a large loss, no change is no change).</remarks>
public sealed record ImpactSummary(
    double Weight,
    int Count,
    double? MeanBaseline,
    double? MeanScenario,
    double? AbsoluteChange,
    double? RelativeChange,
    double? GainShare,
    double? LossShare,
    double? LargeLossShare,
    double? NoChangeShare);
