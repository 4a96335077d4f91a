using System.Runtime.CompilerServices;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// One household's month: each member's labour state and gross income, the Toeslagenwet top-up of WW, and the
/// household's bijstand test. A month can stand for <c>k</c> identical months (k = 12 for a year without events).
/// </summary>
internal readonly ref struct MonthlyHousehold
{
    private readonly RunContext _ctx;
    private readonly CompiledEngineLaw _law;
    private readonly int _h;
    private readonly int _first;
    private readonly int _n;
    private readonly HouseholdFacts _facts;
    private readonly ReadOnlySpan<WwSpell> _spells;
    private readonly ReadOnlySpan<int> _back;
    private readonly TaxMemo _tax;
    private readonly long _norm;

    /// <param name="norm">The household's bijstand norm (fixed over the horizon); only read when the bijstand test applies.</param>
    public MonthlyHousehold(RunContext ctx, CompiledEngineLaw law, int h, int first, int n, HouseholdFacts facts, ReadOnlySpan<WwSpell> spells, ReadOnlySpan<int> back, TaxMemo tax, long norm)
    {
        _ctx = ctx;
        _law = law;
        _h = h;
        _first = first;
        _n = n;
        _facts = facts;
        _spells = spells;
        _back = back;
        _tax = tax;
        _norm = norm;
    }

    /// <summary>Simulates month <paramref name="m"/> (0-based) standing for <paramref name="k"/> months; returns the bijstand paid × k.</summary>
    /// <param name="m">Month of the horizon.</param>
    /// <param name="k">How many identical months this one stands for.</param>
    /// <param name="scratch">Per-member scratch: gross, WW and work income of the month (3 × members).</param>
    /// <param name="taxable">Per-member taxable income of the year so far.</param>
    /// <param name="labour">Per-member labour income of the year so far.</param>
    /// <param name="year">The household's totals of the year so far (unweighted).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Month(int m, int k, Span<long> scratch, Span<long> taxable, Span<long> labour, ref YearTotals year)
    {
        var pop = _ctx.Pop;
        var law = _law;
        var gross = scratch[.._n];
        var ww = scratch.Slice(_n, _n);
        var work = scratch.Slice(2 * _n, _n);
        long earnings = 0, householdGross = 0;
        var withoutWork = false;
        for (var i = 0; i < _n; i++)
        {
            var p = _first + i;
            var (wage, benefit, outOfWork) = Labour(p, i, m, k, ref year);
            withoutWork |= outOfWork && benefit == 0;
            var aow = pop.Age[p] >= law.AowAge ? law.AowCents(_facts.Couple) : 0;
            ww[i] = benefit;
            work[i] = wage + pop.SelfEmploymentCents[p];
            gross[i] = wage + benefit + pop.SelfEmploymentCents[p] + pop.PensionCents[p] + aow;
            earnings += work[i];
            householdGross += gross[i];
            year.GrossWageCents += wage * k;
            year.OtherGrossCents += (pop.SelfEmploymentCents[p] + pop.PensionCents[p] + aow) * k;
            if (pop.Status[p] == LabourStatus.SelfEmployed)
                year.SelfEmployed += k;
        }

        TopUps(k, gross, ww, householdGross, ref year);
        var bijstand = Bijstand(withoutWork, earnings, gross, work);
        if (bijstand > 0)
        {
            year.BijstandHouseholds += k;
            year.BijstandCents += bijstand * k;
        }

        for (var i = 0; i < _n; i++)
        {
            taxable[i] += gross[i] * k;
            labour[i] += work[i] * k;
        }

        return bijstand * k;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (long Wage, long Ww, bool OutOfWork) Labour(int p, int i, int m, int k, ref YearTotals year)
    {
        var pop = _ctx.Pop;
        long wage = 0, ww = 0;
        var outOfWork = false;
        var status = pop.Status[p];
        if (status == LabourStatus.Employee)
        {
            var hit = _ctx.IsHit(p) ? _ctx.Plan!.HitMonth[p] : int.MaxValue;
            if (m < hit)
            {
                wage = Round(pop.WageCents[p] * _ctx.WageFactorOf(m / 12, pop.Occupation[p]));
            }
            else if (_ctx.Plan!.HitIsHoursCut)
            {
                wage = Round(pop.WageCents[p] * (1 - _ctx.Plan.HoursCutShare));
                ww = _spells[i].MonthCents(m - hit + 1);
                year.HoursCut += k;
            }
            else if (m >= _back[i])
            {
                wage = Round(pop.WageCents[p] * _ctx.Spec.Reemployment.WageFactor);
            }
            else
            {
                ww = _spells[i].MonthCents(m - hit + 1);
                outOfWork = true;
                year.HitNotWorking += k;
            }

            if (wage > 0)
                year.EmployeesInWork += k;
        }
        else if (status == LabourStatus.UnemployedWw && _spells[i].Eligible)
        {
            // The baseline WW stock is held stationary: its recipients stay on the later-month amount.
            ww = _spells[i].LowCents;
        }

        if (ww > 0)
        {
            year.WwRecipients += k;
            year.WwCents += ww * k;
        }

        return (wage, ww, outOfWork);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TopUps(int k, Span<long> gross, ReadOnlySpan<long> ww, long householdGross, ref YearTotals year)
    {
        var pop = _ctx.Pop;
        for (var i = 0; i < _n; i++)
        {
            if (ww[i] <= 0 || !_ctx.Claims(RandomStreams.TakeUpTw, _h, _ctx.Spec.TakeUp.Toeslagenwet))
                continue;
            var topUp = _law.TwTopUpCents(_facts.Couple, _facts.SingleParent, pop.Age[_first + i], ww[i], householdGross - gross[i]);
            if (topUp <= 0)
                continue;
            gross[i] += topUp;
            year.TwRecipients += k;
            year.TwCents += topUp * k;
        }
    }

    /// <summary>
    /// The household's bijstand this month: only for the baseline bijstand stock and for households with a member
    /// displaced by the scenario who has no WW (never entitled, not claimed or exhausted). Other net income is
    /// the month's gross income minus the tax it would bear over a whole year, divided by 12.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Bijstand(bool withoutWork, long earnings, ReadOnlySpan<long> gross, ReadOnlySpan<long> work)
    {
        if (!_facts.BaselineBijstand && !withoutWork)
            return 0;
        if (!_facts.BaselineBijstand && !_ctx.Claims(RandomStreams.TakeUpBijstand, _h, _ctx.Spec.TakeUp.Bijstand))
            return 0;
        var pop = _ctx.Pop;
        var law = _law;
        long net = 0;
        for (var i = 0; i < _n; i++)
        {
            var p = _first + i;
            net += gross[i] - (_tax.TaxCents(law, i, 12 * gross[i], 12 * work[i], pop.Age[p] >= law.AowAge) / 12) + pop.CapitalIncomeCents[p];
        }

        var f = _facts;
        return law.BijstandAwardCents(_norm, net, earnings, pop.LiquidAssetsCents[_h], f.Couple, f.HasChildren, f.HeadAge, f.PartnerAge, f.CostSharers);
    }

    private static long Round(double cents) => (long)Math.Round(cents, MidpointRounding.AwayFromZero);
}
