using System.Runtime.CompilerServices;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// The fast engine's inner loop: one household over the horizon, month by month where a member is hit and one
/// representative month × 12 per year where nobody is (every month of such a year is identical, since wage
/// changes move once a year). Writes the household's standardised disposable income per year and adds to the
/// year totals. Allocation-free for households of up to <see cref="StackMembers"/> members.
/// </summary>
internal static class HouseholdSimulator
{
    private const int StackMembers = 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(RunContext ctx, CompiledEngineLaw law, int h, Span<double> standardisedByYear, Span<YearTotals> totals)
    {
        var pop = ctx.Pop;
        var first = pop.FirstPerson[h];
        var n = pop.FirstPerson[h + 1] - first;
        var facts = HouseholdFacts.Of(pop, h);
        Span<WwSpell> spells = n <= StackMembers ? stackalloc WwSpell[n] : new WwSpell[n];
        Span<int> back = n <= StackMembers ? stackalloc int[n] : new int[n];
        Span<long> taxable = n <= StackMembers ? stackalloc long[n] : new long[n];
        Span<long> labour = n <= StackMembers ? stackalloc long[n] : new long[n];
        Span<long> scratch = n <= StackMembers ? stackalloc long[3 * n] : new long[3 * n];
        var monthlyTax = new TaxMemo(n <= StackMembers ? stackalloc long[3 * n] : new long[3 * n]);
        var annualTax = new TaxMemo(n <= StackMembers ? stackalloc long[3 * n] : new long[3 * n]);
        var anyHit = false;
        for (var i = 0; i < n; i++)
        {
            var p = first + i;
            spells[i] = MemberSpell(ctx, law, p);
            back[i] = ctx.ReemploymentMonth(p);
            anyHit |= ctx.IsHit(p);
        }

        // The bijstand test runs only for the baseline stock and for households with a hit member; the norm never changes.
        var norm = facts.BaselineBijstand || anyHit
            ? law.BijstandNormCents(facts.Couple, facts.HeadAge, facts.PartnerAge, facts.CostSharers, facts.HasChildren)
            : 0;
        var household = new MonthlyHousehold(ctx, law, h, first, n, facts, spells, back, monthlyTax, norm);
        var weight = pop.Weight[h];
        var factor = law.EquivalenceFactor(facts.Adults, facts.Children);
        var year = default(YearTotals);
        for (var y = 0; y < ctx.Years; y++)
        {
            // Without a hit, a year depends on the month only through that year's wages: the same wages, the same year.
            if (!anyHit && ctx.WagesAsYearBefore[y])
            {
                standardisedByYear[y] = standardisedByYear[y - 1];
                Accumulate(ref totals[y], year, weight);
                continue;
            }

            taxable.Clear();
            labour.Clear();
            year = default;
            long bijstand = 0;
            if (anyHit)
            {
                for (var m = y * 12; m < (y + 1) * 12; m++)
                    bijstand += household.Month(m, 1, scratch, taxable, labour, ref year);
            }
            else
            {
                bijstand = household.Month(y * 12, 12, scratch, taxable, labour, ref year);
            }

            long disposable = bijstand;
            for (var i = 0; i < n; i++)
            {
                var p = first + i;
                var tax = annualTax.TaxCents(law, i, taxable[i], labour[i], pop.Age[p] >= law.AowAge);
                disposable += taxable[i] - tax + (12L * pop.CapitalIncomeCents[p]);
                year.CapitalCents += 12L * pop.CapitalIncomeCents[p];
                year.TaxCents += tax;
            }

            year.DisposableCents = disposable;
            standardisedByYear[y] = disposable / 100.0 / factor;
            Accumulate(ref totals[y], year, weight);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WwSpell MemberSpell(RunContext ctx, CompiledEngineLaw law, int p)
    {
        var pop = ctx.Pop;
        if (pop.Status[p] == LabourStatus.UnemployedWw)
            return BaselineWwSpell(ctx, law, p);
        if (!ctx.IsHit(p))
            return WwSpell.None;
        var lost = ctx.Plan!.HitIsHoursCut
            ? (int)Math.Round(pop.HoursPerWeek[p] * ctx.Plan.HoursCutShare, MidpointRounding.AwayFromZero)
            : pop.HoursPerWeek[p];
        return ctx.Claims(RandomStreams.TakeUpWw, p, ctx.Spec.TakeUp.Ww) ? Spell(ctx, law, p, lost) : WwSpell.None;
    }

    /// <summary>A baseline WW recipient's entitlement on their prior wage, for the full loss of their hours.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static WwSpell BaselineWwSpell(RunContext ctx, CompiledEngineLaw law, int p)
    {
        var pop = ctx.Pop;
        var hours = Math.Max(1, (int)pop.HoursPerWeek[p]);
        return law.Ww(pop.Age[p], 12L * pop.PriorWageCents[p], pop.YearsBefore2016[p], pop.YearsSince2016[p], hours, hours);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WwSpell Spell(RunContext ctx, CompiledEngineLaw law, int p, int hoursLost)
    {
        var pop = ctx.Pop;
        return law.Ww(pop.Age[p], 12L * pop.WageCents[p], pop.YearsBefore2016[p], pop.YearsSince2016[p], pop.HoursPerWeek[p], hoursLost);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate(ref YearTotals total, in YearTotals year, double weight)
    {
        total.EmployeesInWork += weight * year.EmployeesInWork / 12;
        total.SelfEmployed += weight * year.SelfEmployed / 12;
        total.HitNotWorking += weight * year.HitNotWorking / 12;
        total.HoursCut += weight * year.HoursCut / 12;
        total.WwRecipients += weight * year.WwRecipients / 12;
        total.WwCents += weight * year.WwCents;
        total.TwRecipients += weight * year.TwRecipients / 12;
        total.TwCents += weight * year.TwCents;
        total.BijstandHouseholds += weight * year.BijstandHouseholds / 12;
        total.BijstandCents += weight * year.BijstandCents;
        total.TaxCents += weight * year.TaxCents;
        total.GrossWageCents += weight * year.GrossWageCents;
        total.OtherGrossCents += weight * year.OtherGrossCents;
        total.CapitalCents += weight * year.CapitalCents;
        total.DisposableCents += weight * year.DisposableCents;
    }
}
