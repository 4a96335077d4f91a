namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>Poverty against one line.</summary>
/// <param name="HeadcountRate">Share of the weight with an income strictly below the line.</param>
/// <param name="GapRatio">The poor's weighted mean shortfall as a share of the line, in [0, 1]; 0 when no one is poor.</param>
/// <param name="PoorWeight">The weight below the line (persons, when weights are persons).</param>
public sealed record PovertyResult(double HeadcountRate, double GapRatio, double PoorWeight)
{
    /// <summary>The poverty gap index (FGT 1): headcount rate × gap ratio, the mean shortfall over everyone as a share of the line.</summary>
    public double GapIndex => HeadcountRate * GapRatio;
}
