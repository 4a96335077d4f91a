namespace Regie.Workplace.Pulse.Statistics;

/// <summary>An estimate with its 95 % confidence interval.</summary>
public readonly record struct Interval(double Estimate, double Lower, double Upper);
