using System.Collections.Frozen;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regie.Workplace.Assessments;

/// <summary>One signal of the instrument: a paraphrase in Regie's words of a Partnership on AI signal, with its code.</summary>
public sealed record SignalDefinition(string Code, bool IsOpportunity, bool WorkerLevel, string Theme, string Dutch, string English, bool Unverified);

/// <summary>
/// The job impact signals (data/instruments/pai-job-impact.yaml, embedded): opportunity and risk signals after the
/// Partnership on AI Shared Prosperity Guidelines (v1, 2023), in Regie's own words with their codes.
/// </summary>
public sealed class JobImpactInstrument
{
    private const string ResourceName = "Regie.Workplace.Assessments.pai-job-impact.yaml";

    private JobImpactInstrument(string urn, string version, string citation, IReadOnlyList<SignalDefinition> signals)
    {
        Urn = urn;
        Version = version;
        Citation = citation;
        Signals = signals;
        ByCode = signals.ToFrozenDictionary(s => s.Code, StringComparer.Ordinal);
    }

    public string Urn { get; }

    public string Version { get; }

    /// <summary>The source to cite beside the signals.</summary>
    public string Citation { get; }

    public IReadOnlyList<SignalDefinition> Signals { get; }

    public FrozenDictionary<string, SignalDefinition> ByCode { get; }

    /// <summary>The shipped instrument.</summary>
    public static JobImpactInstrument Shipped { get; } = Load();

    private static JobImpactInstrument Load()
    {
        using var stream = typeof(JobImpactInstrument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The instrument {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<InstrumentFile>(reader);
        var signals = file.Signals.Select(s => new SignalDefinition(
            s.Code, s.Kind == "opportunity", s.Level == "worker", s.Theme, s.Nl, s.En, s.Verify)).ToList();
        return new JobImpactInstrument(file.Urn, file.Version, $"{file.Source.Title} ({file.Source.Edition}), {file.Source.Url}", signals);
    }

    private sealed class InstrumentFile
    {
        public string Urn { get; set; } = "";

        public string Version { get; set; } = "";

        public SourceEntry Source { get; set; } = new();

        public List<SignalEntry> Signals { get; set; } = [];
    }

    private sealed class SourceEntry
    {
        public string Title { get; set; } = "";

        public string Edition { get; set; } = "";

        public string Url { get; set; } = "";

        public string Note { get; set; } = "";
    }

    private sealed class SignalEntry
    {
        public string Code { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Level { get; set; } = "";

        public string Theme { get; set; } = "";

        public string Nl { get; set; } = "";

        public string En { get; set; } = "";

        public bool Verify { get; set; }
    }
}
