using Regie.Workplace.Organisations;

namespace Regie.Cli.Commands.Workplace;

/// <summary>The <c>--size</c> option: a size class as a range of people (<c>1-9</c>, <c>10-49</c>, <c>50-249</c>, <c>250+</c>).</summary>
internal static class SizeOption
{
    private static readonly (string Name, SizeClass Size)[] Names =
        [("1-9", SizeClass.Under10), ("10-49", SizeClass.From10To49), ("50-249", SizeClass.From50To249), ("250+", SizeClass.From250)];

    /// <summary>What <c>--size</c> accepts, for help and messages.</summary>
    public static string Accepted => string.Join(", ", Names.Select(n => n.Name));

    /// <summary>The size class, or null for text that is not one (the code names, e.g. From250, are accepted too).</summary>
    public static SizeClass? Parse(string? text)
    {
        var trimmed = text?.Trim();
        foreach (var (name, size) in Names)
        {
            if (string.Equals(trimmed, name, StringComparison.Ordinal) || string.Equals(trimmed, size.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return size;
            }
        }

        return null;
    }

    public static string Name(SizeClass size) => Names.FirstOrDefault(n => n.Size == size).Name ?? size.ToString();
}
