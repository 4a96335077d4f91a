using System.Globalization;

namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>Collects validation rows and sets tolerances that allow for the granularity of a sample of records.</summary>
internal sealed class ReportRows(SyntheticPopulation population)
{
    public SyntheticPopulation Population { get; } = population;

    public List<ValidationRow> Rows { get; } = [];

    /// <summary>Mean household weight: what one record stands for.</summary>
    public double RecordWeight { get; } = population.HouseholdCount == 0 ? 1 : WeightSum(population) / population.HouseholdCount;

    /// <summary>A count filled by exact quotas: within <paramref name="relative"/> of the target or a few records.</summary>
    public void Count(string theme, string marginal, string subject, Cited target, double synthetic, string unit, double relative = 0.002, int records = 3)
    {
        var tolerance = Math.Max(relative * Math.Abs(target.Value), records * RecordWeight);
        Add(theme, marginal, subject, target, synthetic, unit, tolerance, Rule(relative, records));
    }

    /// <summary>A share: within <paramref name="absolute"/> (in share points) plus the granularity of the records it is measured on.</summary>
    public void Share(string theme, string marginal, string subject, Cited target, double synthetic, double absolute, double records)
    {
        var granularity = records > 0 ? 2 / records : 1;
        Add(theme, marginal, subject, target, synthetic, "share", absolute + granularity,
            string.Create(CultureInfo.InvariantCulture, $"{absolute * 100:0.##} points + 2 records of {records:0}"));
    }

    /// <summary>A row with an explicit tolerance.</summary>
    public void Add(string theme, string marginal, string subject, Cited target, double synthetic, string unit, double tolerance, string rule) =>
        Rows.Add(new ValidationRow(theme, marginal, subject, target.Value, synthetic, unit, target.SourceId, target.Table, target.Period, tolerance, rule));

    private static string Rule(double relative, int records) =>
        string.Create(CultureInfo.InvariantCulture, $"{relative * 100:0.##} % or {records} records");

    private static double WeightSum(SyntheticPopulation population)
    {
        var sum = 0.0;
        foreach (var w in population.Weight)
        {
            sum += w;
        }

        return sum;
    }
}

/// <summary>A target value with the sources it comes from.</summary>
internal sealed record Cited(double Value, string SourceId, string Table, string Period)
{
    public static Cited Of(Figure figure) => new(figure.Value, figure.SourceId, figure.Table, figure.Period);

    /// <summary>A value derived from several figures: their sources, tables and periods joined with "+".</summary>
    public static Cited From(double value, params Figure[] figures) => new(
        value,
        string.Join("+", figures.Select(f => f.SourceId).Distinct()),
        string.Join("+", figures.Select(f => f.Table).Distinct()),
        string.Join("+", figures.Select(f => f.Period).Distinct()));

    /// <summary>The same citation with a note on the period (e.g. the assumption applied).</summary>
    public Cited With(string note) => this with { Period = $"{Period}; {note}" };
}
