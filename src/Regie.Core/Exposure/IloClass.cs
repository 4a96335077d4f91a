namespace Regie.Core.Exposure;

/// <summary>
/// ILO 2025 occupation classes (`potential25`). The published label is used as is and never recomputed
/// from averaged scores (exposure-and-data note §1.1). Exposure is not job loss.
/// </summary>
public enum IloClass
{
    /// <summary>μ + σ &lt; 0.40.</summary>
    NotExposed = 0,

    /// <summary>0.40 ≤ μ + σ &lt; 0.50.</summary>
    MinimalExposure = 1,

    /// <summary>Exposed, low mean but wide spread (μ &lt; 0.40).</summary>
    Gradient1 = 2,

    /// <summary>Exposed, 0.40 ≤ μ &lt; 0.50.</summary>
    Gradient2 = 3,

    /// <summary>Exposed, 0.50 ≤ μ &lt; 0.60.</summary>
    Gradient3 = 4,

    /// <summary>Exposed, high mean and little spread (μ ≥ 0.60).</summary>
    Gradient4 = 5,
}

/// <summary>ILO 2023 occupation classes (`potential23`).</summary>
public enum Ilo2023Class
{
    /// <summary>Not affected.</summary>
    NotAffected = 0,

    /// <summary>Augmentation potential.</summary>
    AugmentationPotential = 1,

    /// <summary>"The big unknown" (spelt "The Big Uknown" in the source file).</summary>
    BigUnknown = 2,

    /// <summary>Automation potential.</summary>
    AutomationPotential = 3,
}

/// <summary>Parsing of the source labels.</summary>
public static class IloClassLabels
{
    /// <summary>All ILO 2025 classes from least to most exposed.</summary>
    public static IReadOnlyList<IloClass> All2025 { get; } = Enum.GetValues<IloClass>();

    /// <summary>All ILO 2023 classes.</summary>
    public static IReadOnlyList<Ilo2023Class> All2023 { get; } = Enum.GetValues<Ilo2023Class>();

    /// <summary>Parses a `potential25` label as printed in the ILO workbook.</summary>
    public static bool TryParse2025(string? label, out IloClass value)
    {
        (var ok, value) = label?.Trim() switch
        {
            "Not Exposed" => (true, IloClass.NotExposed),
            "Minimal Exposure" => (true, IloClass.MinimalExposure),
            "Exposed: Gradient 1" => (true, IloClass.Gradient1),
            "Exposed: Gradient 2" => (true, IloClass.Gradient2),
            "Exposed: Gradient 3" => (true, IloClass.Gradient3),
            "Exposed: Gradient 4" => (true, IloClass.Gradient4),
            _ => (false, IloClass.NotExposed),
        };
        return ok;
    }

    /// <summary>Parses a `potential23` label, including the source's misspelling "The Big Uknown".</summary>
    public static bool TryParse2023(string? label, out Ilo2023Class value)
    {
        (var ok, value) = label?.Trim() switch
        {
            "Not affected" => (true, Ilo2023Class.NotAffected),
            "Augmentation Potential" => (true, Ilo2023Class.AugmentationPotential),
            "The Big Uknown" or "The Big Unknown" => (true, Ilo2023Class.BigUnknown),
            "Automation Potential" => (true, Ilo2023Class.AutomationPotential),
            _ => (false, Ilo2023Class.NotAffected),
        };
        return ok;
    }

    /// <summary>The label as ILO prints it (English).</summary>
    public static string SourceLabel(this IloClass value) => value switch
    {
        IloClass.NotExposed => "Not Exposed",
        IloClass.MinimalExposure => "Minimal Exposure",
        IloClass.Gradient1 => "Exposed: Gradient 1",
        IloClass.Gradient2 => "Exposed: Gradient 2",
        IloClass.Gradient3 => "Exposed: Gradient 3",
        IloClass.Gradient4 => "Exposed: Gradient 4",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>Stable id for JSON and URLs.</summary>
    public static string Id(this IloClass value) => value switch
    {
        IloClass.NotExposed => "not-exposed",
        IloClass.MinimalExposure => "minimal",
        IloClass.Gradient1 => "gradient-1",
        IloClass.Gradient2 => "gradient-2",
        IloClass.Gradient3 => "gradient-3",
        IloClass.Gradient4 => "gradient-4",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>Stable id for JSON and URLs.</summary>
    public static string Id(this Ilo2023Class value) => value switch
    {
        Ilo2023Class.NotAffected => "not-affected",
        Ilo2023Class.AugmentationPotential => "augmentation",
        Ilo2023Class.BigUnknown => "big-unknown",
        Ilo2023Class.AutomationPotential => "automation",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    /// <summary>The label as ILO prints it (English), with the misspelling corrected for display.</summary>
    public static string SourceLabel(this Ilo2023Class value) => value switch
    {
        Ilo2023Class.NotAffected => "Not affected",
        Ilo2023Class.AugmentationPotential => "Augmentation potential",
        Ilo2023Class.BigUnknown => "The big unknown",
        Ilo2023Class.AutomationPotential => "Automation potential",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}
