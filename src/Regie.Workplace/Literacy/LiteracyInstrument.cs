using System.Collections.Frozen;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Regie.Workplace.Literacy;

/// <summary>One statement of the self-assessment, in Regie's words, with the code it measures and the item it paraphrases.</summary>
public sealed record LiteracyStatement(string Id, CompetenceCode Code, int SourceItem, string Dutch, string English);

/// <summary>
/// The AI literacy self-assessment (data/instruments/ai-literacy.yaml, embedded): statements per competence code after
/// the Algoritmekader "AI-Geletterdheid Self-assessment" v4, in Regie's own words.
/// </summary>
public sealed class LiteracyInstrument
{
    private const string ResourceName = "Regie.Workplace.Literacy.ai-literacy.yaml";

    private LiteracyInstrument(string urn, string version, double passMark, string citation,
        IReadOnlyList<LiteracyStatement> statements, FrozenDictionary<CompetenceCode, (string Nl, string En)> codes)
    {
        Urn = urn;
        Version = version;
        PassMark = passMark;
        Citation = citation;
        Statements = statements;
        CodeTexts = codes;
        ById = statements.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public string Urn { get; }

    public string Version { get; }

    /// <summary>The mean answer weight a code needs to count as passed.</summary>
    public double PassMark { get; }

    /// <summary>The source to cite beside the statements.</summary>
    public string Citation { get; }

    public IReadOnlyList<LiteracyStatement> Statements { get; }

    public FrozenDictionary<string, LiteracyStatement> ById { get; }

    /// <summary>What each code means, in Dutch and English.</summary>
    public FrozenDictionary<CompetenceCode, (string Nl, string En)> CodeTexts { get; }

    /// <summary>The statements of the levels up to and including <paramref name="upTo"/>.</summary>
    public IEnumerable<LiteracyStatement> UpTo(LiteracyLevel upTo) => Statements.Where(s => s.Code.Level <= upTo);

    /// <summary>The shipped instrument.</summary>
    public static LiteracyInstrument Shipped { get; } = Load();

    private static LiteracyInstrument Load()
    {
        using var stream = typeof(LiteracyInstrument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The instrument {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        var file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<InstrumentFile>(reader);
        var statements = file.Statements.Select(s => new LiteracyStatement(
            $"{s.Code}-{s.Item:00}", Parse(s.Code), s.Item, s.Nl, s.En)).ToList();
        var codes = file.Codes.ToFrozenDictionary(c => Parse(c.Key), c => (c.Value.Nl, c.Value.En));
        if (codes.Count != CompetenceCode.All.Count || CompetenceCode.All.Any(c => statements.All(s => s.Code != c)))
        {
            throw new InvalidOperationException("The literacy instrument needs a text and at least one statement for each of the 16 codes.");
        }

        return new LiteracyInstrument(file.Urn, file.Version, file.PassMark, $"{file.Source.Title} ({file.Source.Edition}), {file.Source.Url}", statements, codes);
    }

    private static CompetenceCode Parse(string text) =>
        CompetenceCode.TryParse(text, out var code) ? code.Value : throw new InvalidOperationException($"Unknown competence code {text} in the literacy instrument.");

    private sealed class InstrumentFile
    {
        public string Urn { get; set; } = "";

        public string Version { get; set; } = "";

        public double PassMark { get; set; }

        public SourceEntry Source { get; set; } = new();

        public Dictionary<string, TextEntry> Codes { get; set; } = [];

        public List<StatementEntry> Statements { get; set; } = [];
    }

    private sealed class SourceEntry
    {
        public string Title { get; set; } = "";

        public string Edition { get; set; } = "";

        public string Url { get; set; } = "";

        public string Note { get; set; } = "";
    }

    private sealed class TextEntry
    {
        public string Nl { get; set; } = "";

        public string En { get; set; } = "";
    }

    private sealed class StatementEntry
    {
        public string Code { get; set; } = "";

        public int Item { get; set; }

        public string Nl { get; set; } = "";

        public string En { get; set; } = "";
    }
}
