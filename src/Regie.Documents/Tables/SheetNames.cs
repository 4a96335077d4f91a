namespace Regie.Documents.Tables;

/// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not blank, unique without regard to case.</summary>
internal sealed class SheetNames
{
    private const int MaxLength = 31;
    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A free name made from <paramref name="wanted"/>; a clash gets "-2", "-3", … within the 31 characters.</summary>
    public string Claim(string wanted)
    {
        var clean = new string([.. wanted.Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? '-' : c)]).Trim().Trim('\'');
        if (clean.Length == 0)
        {
            clean = "table";
        }

        var name = Cut(clean, MaxLength);
        for (var n = 2; !_taken.Add(name); n++)
        {
            var suffix = $"-{n}";
            name = Cut(clean, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd();
}
