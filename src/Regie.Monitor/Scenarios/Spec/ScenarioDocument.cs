namespace Regie.Monitor.Scenarios.Spec;

// The scenario file as written (snake_case keys, every field optional so the reader can name what is missing
// or wrong). Mutable because YamlDotNet fills it; it never leaves the reader.
#pragma warning disable CA1002, CA2227 // DTO shape for YamlDotNet

internal sealed class ScenarioDocument
{
    public string? Id { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public Dictionary<string, string>? Description { get; set; }
    public string? LawDate { get; set; }
    public int? StartYear { get; set; }
    public int? HorizonYears { get; set; }
    public string? ExposureIndex { get; set; }
    public string? Incidence { get; set; }
    public string? Margin { get; set; }
    public double? DisplacementShare { get; set; }
    public double? MixedLambda { get; set; }
    public double? HoursCutShare { get; set; }
    public List<double>? PhaseIn { get; set; }
    public double? SurvivorWageGrowth { get; set; }
    public ReemploymentDocument? Reemployment { get; set; }
    public TakeUpDocument? TakeUp { get; set; }
    public int? Draws { get; set; }
    public ulong? Seed { get; set; }
}

internal sealed class ReemploymentDocument
{
    public Dictionary<string, double>? MonthlyHazard { get; set; }
    public Dictionary<string, double>? EducationFactor { get; set; }
    public double? TrainingUplift { get; set; }
    public double? WageFactor { get; set; }
}

internal sealed class TakeUpDocument
{
    public double? Ww { get; set; }
    public double? Toeslagenwet { get; set; }
    public double? Bijstand { get; set; }
}
