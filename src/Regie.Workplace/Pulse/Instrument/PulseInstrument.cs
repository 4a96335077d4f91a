namespace Regie.Workplace.Pulse.Instrument;

/// <summary>A text in Dutch (the default) and English.</summary>
public sealed record LocalText(string Nl, string En)
{
    /// <summary>The text for the page language.</summary>
    public string For(bool english) => english ? En : Nl;
}

/// <summary>One answer option of a scale, with its numeric value.</summary>
public sealed record ScaleOption(int Value, LocalText Label);

/// <summary>An answer scale (four-point frequency, five-point agreement), lowest value first.</summary>
public sealed record PulseScale(string Id, IReadOnlyList<ScaleOption> Options)
{
    public int Min => Options[0].Value;

    public int Max => Options[^1].Value;
}

/// <summary>One question of the pulse.</summary>
public sealed record PulseItem(string Code, LocalText Text);

/// <summary>
/// A dimension of job quality: its items share one scale; a respondent's score is the mean of their answers to the
/// items, and the respondent counts as "high" when that score is at least <see cref="HighFrom"/>.
/// </summary>
public sealed record PulseDimension(
    string Code,
    LocalText Name,
    PulseScale Scale,
    double HighFrom,
    LocalText HighLabel,
    bool AskedBeforeDeployment,
    string Measures,
    IReadOnlyList<PulseItem> Items);

/// <summary>
/// The job-quality pulse instrument (data/instruments/job-quality-pulse.json), versioned: results are compared only
/// within one version.
/// </summary>
public sealed record PulseInstrument(string Id, string Version, LocalText Title, IReadOnlyList<PulseDimension> Dimensions)
{
    /// <summary>The dimensions asked in a wave: before deployment only those that make sense without the system.</summary>
    public IReadOnlyList<PulseDimension> DimensionsFor(bool baseline) =>
        [.. Dimensions.Where(d => !baseline || d.AskedBeforeDeployment)];

    /// <summary>The dimension with this code, or null.</summary>
    public PulseDimension? Dimension(string code) => Dimensions.FirstOrDefault(d => d.Code == code);
}
