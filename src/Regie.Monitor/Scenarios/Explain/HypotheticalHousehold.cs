using Regie.Core.Results;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Rules;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Monitor.Scenarios.Explain;

/// <summary>
/// A household an analyst describes (EUROMOD's hypothetical-household idea): who lives there, what they earn,
/// and which member the scenario hits in which month. The scenario's margin, re-employment and take-up apply.
/// </summary>
/// <param name="Members">The members, head first.</param>
/// <param name="LiquidAssets">Savings counted in the bijstand asset test, in euros.</param>
/// <param name="HitMember">Index of the member who loses work (or hours); null = nobody.</param>
/// <param name="HitMonth">Month of the horizon (0-based) in which they are hit.</param>
public sealed record HypotheticalHousehold(IReadOnlyList<HypotheticalMember> Members, decimal LiquidAssets, int? HitMember, int HitMonth)
{
    /// <summary>Checks the description against the scenario's horizon.</summary>
    public ValidationError? Validate(ScenarioSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Members.Count is < 1 or > 12)
            return ValidationError.For("members", "Describe 1 to 12 members.");
        if (Members.Count(m => m.Role == HouseholdRole.Partner) > 1 || Members[0].Role != HouseholdRole.Head)
            return ValidationError.For("members", "The first member is the head; at most one partner.");
        if (Members.Any(m => m.Age is < 0 or > 110 || m.MonthlyWage < 0 || m.HoursPerWeek is < 0 or > 80 || m.YearsBefore2016 < 0 || m.YearsSince2016 < 0))
            return ValidationError.For("members", "Ages 0–110, hours 0–80, wages and years not negative.");
        if (HitMember is { } hit && (hit < 0 || hit >= Members.Count || Members[hit].Status != LabourStatus.Employee || Members[hit].HoursPerWeek == 0))
            return ValidationError.For("hit_member", "Only an employee with contract hours can be hit.");
        if (HitMonth < 0 || HitMonth >= spec.Months)
            return ValidationError.For("hit_month", $"Choose a month from 0 to {spec.Months - 1}.");
        return LiquidAssets < 0 ? ValidationError.For("liquid_assets", "Assets cannot be negative.") : null;
    }

    /// <summary>The household's path under the law in force on the scenario's law date.</summary>
    public Result<HouseholdExplanation> Explain(ScenarioSpec spec, LawSnapshot law)
    {
        ArgumentNullException.ThrowIfNull(law);
        if (Validate(spec) is { } invalid)
            return invalid;
        var pop = ToPopulation();
        var plan = new ShockPlan(pop.PersonCount, 0)
        {
            HitIsHoursCut = spec.Margin == AdjustmentMargin.Hours,
            HoursCutShare = spec.HoursCutShare,
            SurvivorGrowth = 0,
        };
        if (HitMember is { } hit)
            plan.HitMonth[hit] = (short)HitMonth;
        var inputs = new ScenarioInputs(pop, law, spec, new OccupationExposure(spec.ExposureIndex, []), "", new Dictionary<string, string>(), new Dictionary<string, string>());
        return HouseholdExplainer.Replay(inputs, 0, plan, spec.Seed, null);
    }

    private SyntheticPopulation ToPopulation()
    {
        var pop = new SyntheticPopulation(1, Members.Count)
        {
            Info = new PopulationInfo("hypothetical", "1", 0, 1, "", ""),
        };
        pop.FirstPerson[1] = Members.Count;
        pop.Weight[0] = 1;
        pop.LiquidAssetsCents[0] = (long)Math.Round(LiquidAssets * 100);
        var couple = Members.Any(m => m.Role == HouseholdRole.Partner);
        var children = Members.Any(m => m.Role == HouseholdRole.Child);
        pop.Type[0] = Members.Count == 1 ? HouseholdType.OnePerson
            : couple ? children ? HouseholdType.CoupleWithChildren : HouseholdType.CoupleWithoutChildren
            : children ? HouseholdType.SingleParent : HouseholdType.Other;
        for (var p = 0; p < Members.Count; p++)
        {
            var m = Members[p];
            pop.Age[p] = (byte)m.Age;
            pop.Role[p] = m.Role;
            pop.Status[p] = m.Status;
            pop.Education[p] = m.Education;
            pop.Occupation[p] = -1;
            pop.Sector[p] = -1;
            pop.WageCents[p] = (int)Math.Round(m.MonthlyWage * 100);
            pop.HoursPerWeek[p] = (byte)m.HoursPerWeek;
            pop.SelfEmploymentCents[p] = (int)Math.Round(m.SelfEmployment * 100);
            pop.PensionCents[p] = (int)Math.Round(m.Pension * 100);
            pop.YearsBefore2016[p] = (byte)Math.Min(m.YearsBefore2016, 60);
            pop.YearsSince2016[p] = (byte)Math.Min(m.YearsSince2016, 60);
        }

        return pop;
    }
}

/// <summary>One member of a hypothetical household; money in euros per month, gross incl. holiday allowance.</summary>
public sealed record HypotheticalMember(
    int Age,
    HouseholdRole Role,
    LabourStatus Status,
    Education Education,
    decimal MonthlyWage,
    int HoursPerWeek,
    int YearsBefore2016,
    int YearsSince2016,
    decimal SelfEmployment = 0,
    decimal Pension = 0);
