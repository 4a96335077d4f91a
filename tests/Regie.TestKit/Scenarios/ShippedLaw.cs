using Regie.Monitor.Scenarios.Rules;

namespace Regie.TestKit.Scenarios;

/// <summary>The rule book shipped in <c>data/rules/nl</c>, parsed once per test run.</summary>
public static class ShippedLaw
{
    private static readonly Lazy<RuleBook> Book = new(() =>
    {
        var folder = Path.Combine(ShippedDataFolder.Path, "rules", "nl");
        var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)));
        return RuleBookParser.Parse(files).Value;
    });

    public static RuleBook RuleBook => Book.Value;

    /// <summary>The law in force on <paramref name="date"/> (1 January 2026 by default).</summary>
    public static LawSnapshot AsOf(DateOnly? date = null) => Book.Value.AsOf(date ?? new DateOnly(2026, 1, 1)).Value;
}
