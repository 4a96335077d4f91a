namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>A weighted Gini coefficient and how many records were bottom-coded to compute it.</summary>
/// <param name="Value">The Gini coefficient in [0, 1).</param>
/// <param name="BottomCodedCount">Records with a negative income, counted as 0.</param>
/// <param name="BottomCodedWeight">Their total weight.</param>
public sealed record GiniResult(double Value, int BottomCodedCount, double BottomCodedWeight);
