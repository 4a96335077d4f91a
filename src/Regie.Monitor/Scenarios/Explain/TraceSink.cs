using System.Globalization;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Scenarios.Explain;

/// <summary>
/// Collects the reference engine's chain for one household: the household's make-up, each member's shock and WW
/// entitlement (with the WW rule steps), every month in which a member's income parts or the bijstand award
/// change, the tax of the first and last year (with the tax steps) and the equivalence step of each year.
/// </summary>
internal sealed class TraceSink(SyntheticPopulation pop, LawSnapshot law, int aowAge, int years) : IExplainSink
{
    private readonly List<ExplainStep> _steps = [];
    private long[]? _lastGross;
    private long[]? _lastWw;
    private long _lastBijstand = -1;
    private IReadOnlyList<int> _members = [];

    public IReadOnlyList<ExplainStep> Steps => _steps;

    public void Household(HouseholdFacts facts, IReadOnlyList<int> members)
    {
        _members = members;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{members.Count} member(s): {(facts.Couple ? "couple" : facts.SingleParent ? "single parent" : "no partner")}, {facts.Adults} adult(s), {facts.Children} child(ren) under 18, {facts.CostSharers} cost-sharer(s) aged 21+");
        _steps.Add(new ExplainStep(null, null, null, "household", text, null, "", "", ""));
    }

    public void Member(int person, short? hitMonth, WwSpell spell, int reemploymentMonth)
    {
        if (hitMonth is { } month)
        {
            _steps.Add(new ExplainStep(month, null, person, "shock.hit",
                $"loses work (or hours) in month {month + 1}: drawn within the occupation's quota under the scenario's incidence and seed (as described, for a hypothetical household)",
                null, "", "scenario", ""));
        }

        if (pop.Status[person] == LabourStatus.UnemployedWw || hitMonth is not null)
        {
            var baseline = pop.Status[person] == LabourStatus.UnemployedWw;
            var hours = Math.Max(1, (int)pop.HoursPerWeek[person]);
            var wage = baseline ? pop.PriorWageCents[person] : pop.WageCents[person];
            var claim = DecimalEngineLaw.Claim(pop.Age[person], 12L * wage, pop.YearsBefore2016[person], pop.YearsSince2016[person], hours, hours, aowAge);
            if (baseline || pop.HoursPerWeek[person] > 0)
            {
                foreach (var step in WwRules.Entitle(claim, law).Steps)
                    _steps.Add(From(step, hitMonth, null, person));
            }

            if (!spell.Eligible)
                _steps.Add(new ExplainStep(hitMonth, null, person, "ww.none", "no WW paid (not entitled or not claimed under the scenario's take-up)", 0, "EUR", "", ""));
        }

        if (reemploymentMonth != int.MaxValue)
        {
            _steps.Add(new ExplainStep(reemploymentMonth, null, person, "reemployment",
                $"finds work again in month {reemploymentMonth + 1} (scenario hazard by age and education, drawn with the run's seed)", null, "", "scenario", ""));
        }
    }

    public void Month(int month, IReadOnlyList<long> gross, IReadOnlyList<long> ww, long bijstand)
    {
        for (var i = 0; i < gross.Count; i++)
        {
            if (_lastGross is not null && _lastGross[i] == gross[i] && _lastWw![i] == ww[i])
                continue;
            var person = _members[i];
            var text = ww[i] > 0
                ? string.Create(CultureInfo.InvariantCulture, $"gross income {Eur(gross[i])} a month, of which WW {Eur(ww[i])}")
                : string.Create(CultureInfo.InvariantCulture, $"gross income {Eur(gross[i])} a month");
            _steps.Add(new ExplainStep(month, null, person, ww[i] > 0 ? "income.ww" : "income", text, gross[i] / 100m, "EUR/month", ww[i] > 0 ? "art. 47 WW" : "", ""));
        }

        if (bijstand != _lastBijstand && (bijstand > 0 || _lastBijstand > 0))
        {
            _steps.Add(new ExplainStep(month, null, null, "bijstand",
                bijstand > 0 ? $"bijstand {Eur(bijstand)} a month: the household norm (kostendelersnorm applied) minus other net income after the earnings release, assets under the limit" : "bijstand stops",
                bijstand / 100m, "EUR/month", "art. 11, 21, 22a, 31, 34 PW", ""));
        }

        _lastGross = [.. gross];
        _lastWw = [.. ww];
        _lastBijstand = bijstand;
    }

    public void Tax(int year, int person, long taxable, long labour, long tax)
    {
        if (year != 0 && year != years - 1 || taxable == 0)
            return;
        var result = IncomeTaxRules.Annual(new TaxpayerYear(taxable, labour, pop.Age[person] >= aowAge), law);
        foreach (var step in result.Steps)
            _steps.Add(From(step, null, year, person));
    }

    public void Year(int year, long disposable, double factor, double standardised) =>
        _steps.Add(new ExplainStep(null, year, null, "income.standardised",
            string.Create(CultureInfo.InvariantCulture, $"disposable household income {Eur(disposable)} / equivalence factor {factor:0.00} = {standardised:0.00} standardised"),
            (decimal)Math.Round(standardised, 2), "EUR/year", "CBS equivalence scale", ""));

    private static ExplainStep From(RuleStep step, int? month, int? year, int person) =>
        new(month, year, person, step.Rule, step.Formula, step.Value, step.Unit, step.LegalReference, step.Status.ToString().ToLowerInvariant());

    private static string Eur(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
