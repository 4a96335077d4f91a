using System.Diagnostics.CodeAnalysis;

namespace Regie.Workplace.Literacy;

/// <summary>One of the 16 codes Bt1..Ex4: a level and a competence.</summary>
public readonly record struct CompetenceCode(LiteracyLevel Level, Competence Competence)
{
    private static readonly string[] Prefixes = ["", "Bt", "Bm", "Vl", "Ex"];

    /// <summary>The four levels, lowest first.</summary>
    public static IReadOnlyList<LiteracyLevel> Levels { get; } =
        [LiteracyLevel.Bewust, LiteracyLevel.Bekwaam, LiteracyLevel.Vloeiend, LiteracyLevel.Expert];

    /// <summary>The four competences in the order of the code digit.</summary>
    public static IReadOnlyList<Competence> Competences { get; } =
        [Competence.Knowledge, Competence.InTheOrganisation, Competence.HandsOn, Competence.LimitsAndEthics];

    // After Levels and Competences: static initialisers run in order.
    /// <summary>All 16 codes, by level then competence (Bt1, Bt2, …, Ex4).</summary>
    public static IReadOnlyList<CompetenceCode> All { get; } =
        [.. Levels.SelectMany(l => Competences.Select(c => new CompetenceCode(l, c)))];

    public override string ToString() => Prefixes[(int)Level] + (int)Competence;

    /// <summary>Reads "Bt1".."Ex4" (case-insensitive).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CompetenceCode? code)
    {
        code = All.Select(c => (CompetenceCode?)c).FirstOrDefault(c => string.Equals(c!.Value.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase));
        return code is not null;
    }

    /// <summary>Reads a comma-separated list of codes; null when any part is not a code. Duplicates go, order follows <see cref="All"/>.</summary>
    public static IReadOnlyList<CompetenceCode>? ParseList(string? text)
    {
        var parts = (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var codes = new HashSet<CompetenceCode>();
        foreach (var part in parts)
        {
            if (!TryParse(part, out var code))
            {
                return null;
            }

            codes.Add(code.Value);
        }

        return [.. All.Where(codes.Contains)];
    }

    /// <summary>Writes codes as "Bt1,Bm3" (the stored form).</summary>
    public static string Join(IEnumerable<CompetenceCode> codes) => string.Join(',', All.Where(codes.Contains));
}
