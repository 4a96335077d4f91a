using System.Numerics;
using DuckDB.NET.Data;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Data.Scenarios.SqlModel;

/// <summary>
/// Appends the law the model needs to <c>law_value</c>, <c>tax_bracket</c> and <c>equivalence</c>, in the integer
/// form <see cref="CompiledLaw"/> holds it: whole cents and counts as they are, rates in fixed point
/// (× <see cref="Rounding.Scale"/>), schedule bases continued row to row as <c>CompiledSchedule</c> does.
/// </summary>
internal static class LawTables
{
    public static void Write(DuckDBConnection connection, LawSnapshot law, SyntheticPopulation pop)
    {
        using (var values = connection.CreateAppender("law_value"))
        {
            foreach (var (name, value) in Values(law))
                values.CreateRow().AppendValue(name).AppendValue(value).EndRow();
        }

        using (var brackets = connection.CreateAppender("tax_bracket"))
        {
            var tax = law.Tax;
            foreach (var (schedule, rows) in new[] { ("box1", tax.Box1), ("box1_aow", tax.Box1Aow), ("labour", tax.LabourCredit), ("labour_aow", tax.LabourCreditAow) })
            {
                var row = 0;
                foreach (var (from, rate, @base) in Schedule(rows.Brackets))
                    brackets.CreateRow().AppendValue(schedule).AppendValue(row++).AppendValue(from).AppendValue(rate).AppendValue(@base).EndRow();
            }
        }

        var compiled = law.Compile();
        using var equivalence = connection.CreateAppender("equivalence");
        foreach (var (adults, children) in Compositions(pop))
            equivalence.CreateRow().AppendValue(adults).AppendValue(children).AppendValue(compiled.EquivalenceFactor(adults, children)).EndRow();
    }

    private static IEnumerable<(string Name, long Value)> Values(LawSnapshot law)
    {
        var (ww, b, tw, tax) = (law.Ww, law.Bijstand, law.Tw, law.Tax);
        return
        [
            ("aow_age_months", law.Aow.AgeMonths.Whole), ("aow_single", law.Aow.Single.Whole), ("aow_couple", law.Aow.Couple.Whole),
            ("ww_min_age", ww.MinimumAge.Whole), ("ww_max_dagloon", ww.MaximumDagloon.Whole),
            ("ww_rate_high", Fixed(ww.RateHigh)), ("ww_rate_low", Fixed(ww.RateLow)), ("ww_high_months", ww.HighRateMonths.Whole),
            ("ww_days_per_year", Fixed(ww.DaysPerYear)), ("ww_days_per_month", Fixed(ww.DaysPerMonth)),
            ("ww_min_months", ww.MinDurationMonths.Whole), ("ww_max_months", ww.MaxDurationMonths.Whole),
            ("ww_months_per_year", Fixed(ww.MonthsPerYear)), ("ww_months_per_year_reduced", Fixed(ww.MonthsPerYearReduced)),
            ("ww_full_rate_years", ww.FullRateYears.Whole), ("ww_min_hours_lost", Fixed(ww.MinHoursLost)),
            ("ww_small_job_hours", Fixed(ww.SmallJobHours)), ("ww_small_job_share", Fixed(ww.SmallJobLossShare)),
            ("ww_years_condition", ww.YearsConditionYears.Whole),
            ("bijstand_norm_couple", b.NormCouple.Whole), ("bijstand_norm_single_aow", b.NormSingleAow.Whole),
            ("bijstand_norm_couple_aow", b.NormCoupleAow.Whole), ("bijstand_norm_youth", b.NormYouthSingle.Whole),
            ("bijstand_sharers_base", Fixed(b.CostSharersBase)), ("bijstand_sharers_per", Fixed(b.CostSharersPerSharer)),
            ("bijstand_assets_single", b.AssetLimitSingle.Whole), ("bijstand_assets_family", b.AssetLimitFamily.Whole),
            ("bijstand_release_rate", Fixed(b.EarningsReleaseRate)), ("bijstand_release_max", b.EarningsReleaseMax.Whole),
            ("tw_share_couple", Fixed(tw.ShareCouple)), ("tw_share_single_parent", Fixed(tw.ShareSingleParent)),
            ("tw_share_single", Fixed(tw.ShareSingle)), ("tw_net_minimum", tw.NetMinimumWage.Whole),
            ("ahk_max", tax.GeneralCreditMax.Whole), ("ahk_max_aow", tax.GeneralCreditMaxAow.Whole),
            ("ahk_start", tax.GeneralCreditPhaseOutStart.Whole),
            ("ahk_rate", Fixed(tax.GeneralCreditPhaseOutRate)), ("ahk_rate_aow", Fixed(tax.GeneralCreditPhaseOutRateAow)),
        ];
    }

    private static long Fixed(LawValue value) => Rounding.Fixed(value.Number);

    // Base of each row in fixed point: the published base, else the previous row continued to this row's start.
    private static IEnumerable<(long From, long Rate, BigInteger Base)> Schedule(IReadOnlyList<Bracket> rows)
    {
        BigInteger previousBase = 0;
        long previousFrom = 0, previousRate = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var rate = Rounding.Fixed(rows[i].Rate);
            var @base = rows[i].BaseCents is { } b ? (BigInteger)b * Rounding.Scale
                : i == 0 ? BigInteger.Zero
                : previousBase + ((BigInteger)previousRate * (rows[i].FromCents - previousFrom));
            yield return (rows[i].FromCents, rate, @base);
            (previousBase, previousFrom, previousRate) = (@base, rows[i].FromCents, rate);
        }
    }

    // Every (adults, children) pair a household of the population can have, children counted under 18 as the engine does.
    private static IEnumerable<(int Adults, int Children)> Compositions(SyntheticPopulation pop)
    {
        var seen = new HashSet<(int, int)>();
        for (var h = 0; h < pop.HouseholdCount; h++)
        {
            int size = pop.FirstPerson[h + 1] - pop.FirstPerson[h], children = 0;
            for (var p = pop.FirstPerson[h]; p < pop.FirstPerson[h + 1]; p++)
            {
                if (pop.Role[p] == HouseholdRole.Child && pop.Age[p] < HouseholdFacts.AdultAge)
                    children++;
            }

            if (size > children)
                seen.Add((size - children, children));
        }

        return seen.Order();
    }
}
