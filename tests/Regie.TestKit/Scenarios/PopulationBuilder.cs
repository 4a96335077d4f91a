using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Random;

namespace Regie.TestKit.Scenarios;

/// <summary>Hand-built populations for engine tests: add households member by member, then build the columns.</summary>
public sealed class PopulationBuilder
{
    private readonly List<(HouseholdType Type, double Weight, long Assets, List<Member> Members)> _households = [];

    /// <summary>Occupation codes the members' occupation indices point into.</summary>
    public IReadOnlyList<string> Occupations { get; init; } = ["0111", "0211", "0311"];

    /// <summary>Sector letters the members' sector indices point into.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = ["C", "G", "Q"];

    public PopulationBuilder Household(HouseholdType type, double weight, long assetsCents, params Member[] members)
    {
        _households.Add((type, weight, assetsCents, [.. members]));
        return this;
    }

    public SyntheticPopulation Build()
    {
        var persons = _households.Sum(h => h.Members.Count);
        var pop = new SyntheticPopulation(_households.Count, persons)
        {
            Codes = new PopulationCodes(Occupations, Sectors),
            Info = new PopulationInfo("test", "1", 0, _households.Count, "targets", "content"),
        };
        var p = 0;
        for (var h = 0; h < _households.Count; h++)
        {
            var (type, weight, assets, members) = _households[h];
            pop.FirstPerson[h] = p;
            pop.Weight[h] = weight;
            pop.Type[h] = type;
            pop.LiquidAssetsCents[h] = assets;
            foreach (var m in members)
            {
                pop.HouseholdOf[p] = h;
                pop.Age[p] = m.Age;
                pop.Role[p] = m.Role;
                pop.Status[p] = m.Status;
                pop.Education[p] = m.Education;
                pop.Occupation[p] = m.Occupation;
                pop.Sector[p] = m.Sector;
                // A WW recipient's wage is the prior wage their benefit is based on; they earn nothing now.
                pop.WageCents[p] = m.Status == LabourStatus.UnemployedWw ? 0 : m.WageCents;
                pop.PriorWageCents[p] = m.Status == LabourStatus.UnemployedWw ? m.WageCents : 0;
                pop.HoursPerWeek[p] = m.Hours;
                pop.SelfEmploymentCents[p] = m.SelfEmploymentCents;
                pop.PensionCents[p] = m.PensionCents;
                pop.YearsBefore2016[p] = m.YearsBefore2016;
                pop.YearsSince2016[p] = m.YearsSince2016;
                p++;
            }
        }

        pop.FirstPerson[_households.Count] = p;
        return pop;
    }

    /// <summary>A random but plausible population of <paramref name="households"/> households (seeded), for engine cross-checks.</summary>
    public static SyntheticPopulation Random(int households, ulong seed)
    {
        var rng = new SeededRandom(seed);
        var builder = new PopulationBuilder();
        for (var h = 0; h < households; h++)
        {
            var kind = rng.NextInt(5);
            var members = new List<Member> { Adult(ref rng, HouseholdRole.Head) };
            if (kind is 1 or 2)
                members.Add(Adult(ref rng, HouseholdRole.Partner));
            if (kind is 2 or 3)
            {
                for (var c = 0; c <= rng.NextInt(3); c++)
                    members.Add(new Member((byte)rng.NextInt(25), HouseholdRole.Child, LabourStatus.ChildOrStudent));
            }

            if (kind == 4)
                members.Add(Adult(ref rng, HouseholdRole.Other));
            var type = kind switch
            {
                0 => HouseholdType.OnePerson,
                1 => HouseholdType.CoupleWithoutChildren,
                2 => HouseholdType.CoupleWithChildren,
                3 => HouseholdType.SingleParent,
                _ => HouseholdType.Other,
            };
            builder.Household(type, 1 + rng.NextInt(3), rng.NextInt(4) == 0 ? 2_000_000 : 100_000, [.. members]);
        }

        return builder.Build();
    }

    private static Member Adult(ref SeededRandom rng, HouseholdRole role)
    {
        var age = (byte)(18 + rng.NextInt(62));
        var roll = rng.NextInt(10);
        var status = age >= 67 ? LabourStatus.Retired
            : roll < 6 ? LabourStatus.Employee
            : roll == 6 ? LabourStatus.SelfEmployed
            : roll == 7 ? LabourStatus.UnemployedWw
            : roll == 8 ? LabourStatus.Bijstand
            : LabourStatus.Inactive;
        var hours = (byte)(8 + rng.NextInt(33));
        var wage = status is LabourStatus.Employee or LabourStatus.UnemployedWw ? 150_000 + rng.NextInt(900_000) : 0;
        return new Member(age, role, status)
        {
            Education = (Education)rng.NextInt(3),
            Occupation = status == LabourStatus.Employee ? (short)(rng.NextInt(4) - 1) : (short)-1,
            Sector = status == LabourStatus.Employee ? (sbyte)rng.NextInt(3) : (sbyte)-1,
            WageCents = wage,
            Hours = status is LabourStatus.Employee or LabourStatus.UnemployedWw ? hours : (byte)0,
            SelfEmploymentCents = status == LabourStatus.SelfEmployed ? 100_000 + rng.NextInt(500_000) : 0,
            PensionCents = status == LabourStatus.Retired ? rng.NextInt(300_000) : 0,
            YearsBefore2016 = (byte)Math.Clamp(age - 28, 0, 40),
            YearsSince2016 = (byte)Math.Min(10, Math.Max(0, age - 18)),
        };
    }
}

/// <summary>One person of a hand-built household.</summary>
public sealed record Member(byte Age, HouseholdRole Role, LabourStatus Status)
{
    public Education Education { get; init; } = Education.Middle;
    public short Occupation { get; init; } = -1;
    public sbyte Sector { get; init; } = -1;
    public int WageCents { get; init; }
    public byte Hours { get; init; }
    public int SelfEmploymentCents { get; init; }
    public int PensionCents { get; init; }
    public byte YearsBefore2016 { get; init; }
    public byte YearsSince2016 { get; init; }
}
