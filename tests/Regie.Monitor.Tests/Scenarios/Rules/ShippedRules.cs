using System.Globalization;
using Regie.Monitor.Scenarios.Rules;
using Regie.TestKit;

namespace Regie.Monitor.Tests.Scenarios.Rules;

/// <summary>The rule book parsed from the repository's data/rules/nl files (read once per test run).</summary>
internal static class ShippedRules
{
    private static readonly Lazy<RuleBook> Book = new(() =>
    {
        var data = ShippedDataFolder.Path;
        var files = Directory.EnumerateFiles(Path.Combine(data, "rules", "nl"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(data, f).Replace('\\', '/'), File.ReadAllText(f)));
        var parsed = RuleBookParser.Parse(files);
        return parsed.IsSuccess ? parsed.Value : throw new InvalidOperationException(parsed.Error.Message + Describe(parsed.Error));
    });

    /// <summary>Law dates the shipped book covers, one per half year.</summary>
    public static IReadOnlyList<DateOnly> HalfYears { get; } =
        [new(2024, 7, 1), new(2025, 1, 1), new(2025, 7, 1), new(2026, 1, 1), new(2026, 7, 1)];

    public static RuleBook RuleBook => Book.Value;

    /// <summary>The shipped law as in force on an ISO date.</summary>
    public static LawSnapshot On(string date) =>
        RuleBook.AsOf(DateOnly.Parse(date, CultureInfo.InvariantCulture)).Value;

    private static string Describe(Regie.Core.Results.Error error) => error is Regie.Core.Results.ValidationError v
        ? string.Join("; ", v.Fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"))
        : "";
}
