using System.Text.Json;

namespace Regie.Workplace.Pulse.Instrument;

/// <summary>Reads the instrument shipped in data/instruments (embedded into this assembly at build).</summary>
public static class InstrumentFile
{
    private const string ResourceName = "Regie.Workplace.Pulse.job-quality-pulse.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<PulseInstrument> Shipped = new(() =>
    {
        using var stream = typeof(InstrumentFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The pulse instrument {ResourceName} is not embedded.");
        return Parse(stream);
    });

    /// <summary>The instrument Regie ships (one version at a time).</summary>
    public static PulseInstrument Current => Shipped.Value;

    /// <summary>Parses an instrument file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid instrument.</exception>
    public static PulseInstrument Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<FileJson>(json, Options) ?? throw new InvalidDataException("Empty instrument file.");
        var scales = (file.Scales ?? []).ToDictionary(
            s => s.Id!, s => new PulseScale(s.Id!, [.. (s.Options ?? []).OrderBy(o => o.Value).Select(o => new ScaleOption(o.Value, Text(o.Nl, o.En)))]),
            StringComparer.Ordinal);
        var dimensions = (file.Dimensions ?? []).Select(d => new PulseDimension(
            d.Code ?? throw new InvalidDataException("A dimension has no code."),
            Text(d.Name?.Nl, d.Name?.En),
            scales.TryGetValue(d.Scale ?? "", out var scale) ? scale : throw new InvalidDataException($"Dimension {d.Code} has an unknown scale."),
            d.HighFrom,
            Text(d.HighLabel?.Nl, d.HighLabel?.En),
            d.AskedAt == "all",
            d.Measures ?? throw new InvalidDataException($"Dimension {d.Code} does not cite what it measures."),
            [.. (d.Items ?? []).Select(i => new PulseItem(i.Code!, Text(i.Nl, i.En)))])).ToList();
        if (dimensions.Count == 0 || dimensions.Any(d => d.Items.Count == 0))
        {
            throw new InvalidDataException("Every dimension needs at least one item.");
        }

        return new PulseInstrument(file.Id!, file.Version!, Text(file.Title?.Nl, file.Title?.En), dimensions);
    }

    private static LocalText Text(string? nl, string? en) =>
        string.IsNullOrWhiteSpace(nl) || string.IsNullOrWhiteSpace(en)
            ? throw new InvalidDataException("Every text needs Dutch and English.")
            : new LocalText(nl, en);

    private sealed record FileJson(string? Id, string? Version, TextJson? Title, List<ScaleJson>? Scales, List<DimensionJson>? Dimensions);

    private sealed record TextJson(string? Nl, string? En);

    private sealed record ScaleJson(string? Id, List<OptionJson>? Options);

    private sealed record OptionJson(int Value, string? Nl, string? En);

    private sealed record DimensionJson(
        string? Code, TextJson? Name, string? Scale, double HighFrom, TextJson? HighLabel, string? AskedAt, string? Measures, List<ItemJson>? Items);

    private sealed record ItemJson(string? Code, string? Nl, string? En);
}
