namespace Regie.Monitor.Scenarios.Rules;

/// <summary>
/// How well a parameter value is attested. The order runs from checked law to scenario assumption, so the
/// status of a computed step is the highest status among the values it used.
/// </summary>
public enum ValueStatus
{
    /// <summary>Checked against the primary source (wetten.overheid.nl, Staatscourant, the executing agency).</summary>
    Primary = 0,

    /// <summary>From a secondary source that reproduces the primary one.</summary>
    Secondary = 1,

    /// <summary>A single or weak source, or general knowledge; must be checked before release.</summary>
    Verify = 2,

    /// <summary>Regie's own arithmetic or assumption; never a legal value (a release build refuses it).</summary>
    Est = 3,

    /// <summary>Set by a scenario as a hypothetical reform; not law. Never allowed in a parameter file.</summary>
    Reform = 4,
}

/// <summary>Helpers for <see cref="ValueStatus"/>.</summary>
public static class ValueStatuses
{
    /// <summary>The least attested of two statuses.</summary>
    public static ValueStatus Weakest(ValueStatus a, ValueStatus b) => a >= b ? a : b;

    /// <summary>The least attested of several statuses (<see cref="ValueStatus.Primary"/> for none).</summary>
    public static ValueStatus Weakest(params ReadOnlySpan<ValueStatus> statuses)
    {
        var weakest = ValueStatus.Primary;
        foreach (var status in statuses)
        {
            weakest = Weakest(weakest, status);
        }

        return weakest;
    }

    /// <summary>The word used in parameter files: primary, secondary, verify, est (or reform).</summary>
    public static string FileWord(this ValueStatus status) => status switch
    {
        ValueStatus.Primary => "primary",
        ValueStatus.Secondary => "secondary",
        ValueStatus.Verify => "verify",
        ValueStatus.Est => "est",
        _ => "reform",
    };
}
