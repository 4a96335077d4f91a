using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Rules;
using Regie.Monitor.Scenarios.Spec;
using Regie.Monitor.Scenarios.Statistics;

namespace Regie.Monitor.Scenarios.Lab;

/// <summary>
/// The income side of a population's validation: its baseline run through the engine (taxes, WW, bijstand) set
/// against CBS's published figures. These are checks, not calibration targets: a gap says where the synthetic
/// incomes or the modelled rules fall short (e.g. benefits Regie does not model yet).
/// </summary>
public static class BaselineCheck
{
    /// <summary>Runs the static baseline under <paramref name="law"/> and compares it with the anchors.</summary>
    public static IReadOnlyList<BaselineCheckRow> Of(SyntheticPopulation population, LawSnapshot law, PopulationTargets targets)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(targets);
        var spec = ScenarioReader.Read("id: baseline\nname: { en: baseline }\nhorizon_years: 1").Value with { LawDate = law.LawDate };
        var ctx = new RunContext(population, spec, new CompiledEngineLaw(law.Compile()), null, 0);
        var (std, totals) = FastEngine.Run(ctx, null, CancellationToken.None);
        var perHousehold = IncomeDistribution.Create(std, population.Weight);
        var personWeight = new double[population.HouseholdCount];
        for (var h = 0; h < personWeight.Length; h++)
            personWeight[h] = population.Weight[h] * (population.FirstPerson[h + 1] - population.FirstPerson[h]);
        var perPerson = IncomeDistribution.Create(std, personWeight);
        var income = targets.Income;
        var labour = targets.Labour;
        return
        [
            Row("Mean standardised disposable income per household (EUR)", income.StandardisedMean, perHousehold.Mean()),
            Row("Median standardised disposable income per household (EUR)", income.StandardisedMedian, perHousehold.Median()),
            Row("Gini of standardised disposable income (persons)", income.DisposableIncomeGini, perPerson.Gini().Value),
            Row("WW recipients (average stock)", labour.WwBenefits, totals[0].WwRecipients),
            Row("Households receiving bijstand (average stock)", Sum(labour.BijstandBelowAowAge, labour.BijstandFromAowAge), totals[0].BijstandHouseholds),
        ];
    }

    private static BaselineCheckRow Row(string indicator, Figure target, double engine) =>
        new(indicator, target.Value, engine, target.Value == 0 ? null : (engine - target.Value) / target.Value, target.SourceId, target.Table, target.Period);

    private static Figure Sum(Figure a, Figure b) => new(a.Value + b.Value, a.SourceId, a.Table, a.Period);
}

/// <summary>One baseline figure against CBS.</summary>
/// <param name="RelativeDifference">(engine − CBS) / CBS; null when CBS's figure is 0.</param>
public sealed record BaselineCheckRow(string Indicator, double Cbs, double Engine, double? RelativeDifference, string SourceId, string Table, string Period);
