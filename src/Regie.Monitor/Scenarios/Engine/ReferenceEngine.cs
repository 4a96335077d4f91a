using Regie.Monitor.Scenarios.Population;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// The plain engine: every household, every member, every month, with the decimal rule functions and no
/// shortcuts. It exists to check <see cref="HouseholdSimulator"/> (tests compare the two on small populations,
/// cent for cent) and to explain a household's path step by step.
/// </summary>
internal static class ReferenceEngine
{
    /// <summary>Disposable household income (cents) and standardised income (euros) per year of one household.</summary>
    public static (long[] Disposable, double[] Standardised) Household(RunContext ctx, int h, IExplainSink? explain = null)
    {
        var pop = ctx.Pop;
        var law = ctx.Law;
        var facts = HouseholdFacts.Of(pop, h);
        var members = Enumerable.Range(pop.FirstPerson[h], pop.FirstPerson[h + 1] - pop.FirstPerson[h]).ToArray();
        var spells = members.Select(p => SpellOf(ctx, p)).ToArray();
        var back = members.Select(ctx.ReemploymentMonth).ToArray();
        explain?.Household(facts, members);
        for (var i = 0; i < members.Length; i++)
            explain?.Member(members[i], ctx.IsHit(members[i]) ? ctx.Plan!.HitMonth[members[i]] : null, spells[i], back[i]);

        var disposable = new long[ctx.Years];
        var standardised = new double[ctx.Years];
        var factor = law.EquivalenceFactor(facts.Adults, facts.Children);
        for (var y = 0; y < ctx.Years; y++)
        {
            var taxable = new long[members.Length];
            var labour = new long[members.Length];
            long bijstandYear = 0;
            for (var m = y * 12; m < (y + 1) * 12; m++)
            {
                var gross = new long[members.Length];
                var ww = new long[members.Length];
                var work = new long[members.Length];
                var withoutWork = false;
                for (var i = 0; i < members.Length; i++)
                {
                    var p = members[i];
                    var (wage, benefit, outOfWork) = LabourOf(ctx, p, spells[i], back[i], m);
                    withoutWork |= outOfWork && benefit == 0;
                    ww[i] = benefit;
                    work[i] = wage + pop.SelfEmploymentCents[p];
                    gross[i] = wage + benefit + pop.SelfEmploymentCents[p] + pop.PensionCents[p]
                        + (pop.Age[p] >= law.AowAge ? law.AowCents(facts.Couple) : 0);
                }

                var householdGross = gross.Sum();
                for (var i = 0; i < members.Length; i++)
                {
                    if (ww[i] > 0 && ctx.Claims(RandomStreams.TakeUpTw, h, ctx.Spec.TakeUp.Toeslagenwet))
                        gross[i] += law.TwTopUpCents(facts.Couple, facts.SingleParent, pop.Age[members[i]], ww[i], householdGross - gross[i]);
                }

                var bijstand = BijstandOf(ctx, h, facts, members, gross, work, withoutWork);
                explain?.Month(m, gross, ww, bijstand);
                bijstandYear += bijstand;
                for (var i = 0; i < members.Length; i++)
                {
                    taxable[i] += gross[i];
                    labour[i] += work[i];
                }
            }

            var total = bijstandYear;
            for (var i = 0; i < members.Length; i++)
            {
                var p = members[i];
                var tax = law.TaxCents(taxable[i], labour[i], pop.Age[p] >= law.AowAge);
                explain?.Tax(y, p, taxable[i], labour[i], tax);
                total += taxable[i] - tax + (12L * pop.CapitalIncomeCents[p]);
            }

            disposable[y] = total;
            standardised[y] = total / 100.0 / factor;
            explain?.Year(y, total, factor, standardised[y]);
        }

        return (disposable, standardised);
    }

    private static WwSpell SpellOf(RunContext ctx, int p)
    {
        var pop = ctx.Pop;
        if (pop.Status[p] == LabourStatus.UnemployedWw)
        {
            var hours = Math.Max(1, (int)pop.HoursPerWeek[p]);
            return ctx.Law.Ww(pop.Age[p], 12L * pop.PriorWageCents[p], pop.YearsBefore2016[p], pop.YearsSince2016[p], hours, hours);
        }

        if (!ctx.IsHit(p) || !ctx.Claims(RandomStreams.TakeUpWw, p, ctx.Spec.TakeUp.Ww))
            return WwSpell.None;
        var lost = ctx.Plan!.HitIsHoursCut
            ? (int)Math.Round(pop.HoursPerWeek[p] * ctx.Plan.HoursCutShare, MidpointRounding.AwayFromZero)
            : pop.HoursPerWeek[p];
        return ctx.Law.Ww(pop.Age[p], 12L * pop.WageCents[p], pop.YearsBefore2016[p], pop.YearsSince2016[p], pop.HoursPerWeek[p], lost);
    }

    private static (long Wage, long Ww, bool OutOfWork) LabourOf(RunContext ctx, int p, WwSpell spell, int back, int m)
    {
        var pop = ctx.Pop;
        switch (pop.Status[p])
        {
            case LabourStatus.UnemployedWw:
                return (0, spell.Eligible ? spell.LowCents : 0, false);
            case LabourStatus.Employee:
                var hit = ctx.IsHit(p) ? ctx.Plan!.HitMonth[p] : int.MaxValue;
                if (m < hit)
                    return (Cents(pop.WageCents[p] * ctx.WageFactorOf(m / 12, pop.Occupation[p])), 0, false);
                if (ctx.Plan!.HitIsHoursCut)
                    return (Cents(pop.WageCents[p] * (1 - ctx.Plan.HoursCutShare)), spell.MonthCents(m - hit + 1), false);
                return m >= back
                    ? (Cents(pop.WageCents[p] * ctx.Spec.Reemployment.WageFactor), 0, false)
                    : (0, spell.MonthCents(m - hit + 1), true);
            default:
                return (0, 0, false);
        }
    }

    private static long BijstandOf(RunContext ctx, int h, HouseholdFacts facts, int[] members, long[] gross, long[] work, bool withoutWork)
    {
        if (!facts.BaselineBijstand && (!withoutWork || !ctx.Claims(RandomStreams.TakeUpBijstand, h, ctx.Spec.TakeUp.Bijstand)))
            return 0;
        var pop = ctx.Pop;
        var law = ctx.Law;
        var net = members.Select((p, i) =>
            gross[i] - (law.TaxCents(12 * gross[i], 12 * work[i], pop.Age[p] >= law.AowAge) / 12) + pop.CapitalIncomeCents[p]).Sum();
        var norm = law.BijstandNormCents(facts.Couple, facts.HeadAge, facts.PartnerAge, facts.CostSharers, facts.HasChildren);
        return law.BijstandAwardCents(norm, net, work.Sum(), pop.LiquidAssetsCents[h], facts.Couple, facts.HasChildren, facts.HeadAge, facts.PartnerAge, facts.CostSharers);
    }

    private static long Cents(double value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
}

/// <summary>Receives the reference engine's steps for one household (the explain trace).</summary>
internal interface IExplainSink
{
    void Household(HouseholdFacts facts, IReadOnlyList<int> members);

    void Member(int person, short? hitMonth, WwSpell spell, int reemploymentMonth);

    void Month(int month, IReadOnlyList<long> gross, IReadOnlyList<long> ww, long bijstand);

    void Tax(int year, int person, long taxable, long labour, long tax);

    void Year(int year, long disposable, double factor, double standardised);
}
