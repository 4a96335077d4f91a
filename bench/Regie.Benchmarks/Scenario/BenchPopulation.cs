using Regie.Monitor.Scenarios.Population;
using Regie.Monitor.Scenarios.Random;

namespace Regie.Benchmarks.Scenario;

/// <summary>
/// A seeded random population of Dutch-looking households for the engine benchmarks, written straight into the
/// columns (the TestKit builder keeps a record per member, too heavy at 17.9 M persons). Not calibrated: shares are
/// rounded CBS orders of magnitude (39 % one-person households, 2.19 persons per household, about 4 % of households
/// on bijstand and 2 % of adults on WW) so the engine's branches are exercised in realistic proportions. The
/// synthesiser of the population work replaces it once it is merged.
/// </summary>
internal static class BenchPopulation
{
    /// <summary>Persons per household the generator gives on average (CBS 2025: 17.9 M / 8.2 M).</summary>
    public const double PersonsPerHousehold = 2.185;

    /// <summary>Occupation groups (BRC 2014 has 114 at its finest level).</summary>
    public const int Occupations = 114;

    private static readonly string[] Sectors = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S"];

    /// <summary>A population of <paramref name="households"/> households, each standing for 8.2 M / n households.</summary>
    public static SyntheticPopulation Generate(int households, ulong seed)
    {
        var rng = new SeededRandom(seed);
        var sizes = new byte[households];
        var kinds = new HouseholdType[households];
        long persons = 0;
        for (var h = 0; h < households; h++)
        {
            (kinds[h], sizes[h]) = Composition(ref rng);
            persons += sizes[h];
        }

        var pop = new SyntheticPopulation(households, checked((int)persons))
        {
            Codes = new PopulationCodes([.. Enumerable.Range(1, Occupations).Select(i => $"{i:D4}")], Sectors),
            Info = new PopulationInfo("bench", "1", seed, households, "none", $"bench-{households}-{seed}"),
        };
        var weight = 8_200_000.0 / households;
        var p = 0;
        for (var h = 0; h < households; h++)
        {
            pop.FirstPerson[h] = p;
            pop.Weight[h] = weight;
            pop.Type[h] = kinds[h];
            pop.Province[h] = (Province)rng.NextInt(12);
            pop.LiquidAssetsCents[h] = rng.NextInt(4) == 0 ? 1_000_000 + rng.NextInt(10_000_000) : rng.NextInt(600_000);
            var bijstand = rng.NextInt(100) < 4;
            var adults = kinds[h] switch
            {
                HouseholdType.OnePerson or HouseholdType.SingleParent => 1,
                HouseholdType.Other => 3,
                _ => 2,
            };
            var headAge = HeadAge(ref rng, kinds[h]);
            for (var i = 0; i < sizes[h]; i++, p++)
            {
                pop.HouseholdOf[p] = h;
                var role = i == 0 ? HouseholdRole.Head
                    : i < adults ? (kinds[h] == HouseholdType.Other ? HouseholdRole.Other : HouseholdRole.Partner)
                    : HouseholdRole.Child;
                pop.Role[p] = role;
                pop.Sex[p] = (Sex)rng.NextInt(2);
                if (role == HouseholdRole.Child)
                    Child(pop, p, ref rng, headAge);
                else
                    Adult(pop, p, ref rng, role == HouseholdRole.Head ? headAge : Math.Clamp(headAge + rng.NextInt(9) - 4, 18, 95), bijstand);
            }
        }

        pop.FirstPerson[households] = p;
        return pop;
    }

    private static (HouseholdType Kind, byte Size) Composition(ref SeededRandom rng)
    {
        var roll = rng.NextInt(100);
        var children = 1 + ChildCount(ref rng);
        return roll switch
        {
            < 39 => (HouseholdType.OnePerson, 1),
            < 68 => (HouseholdType.CoupleWithoutChildren, 2),
            < 92 => (HouseholdType.CoupleWithChildren, (byte)(2 + children)),
            < 99 => (HouseholdType.SingleParent, (byte)(1 + children)),
            _ => (HouseholdType.Other, 3),
        };
    }

    // 1 to 4 children, 2.05 on average.
    private static int ChildCount(ref SeededRandom rng) => rng.NextInt(100) switch { < 28 => 0, < 72 => 1, < 95 => 2, _ => 3 };

    private static int HeadAge(ref SeededRandom rng, HouseholdType kind) => kind is HouseholdType.CoupleWithChildren or HouseholdType.SingleParent
        ? 28 + rng.NextInt(30)
        : 18 + rng.NextInt(75);

    private static void Child(SyntheticPopulation pop, int p, ref SeededRandom rng, int headAge)
    {
        var age = Math.Max(0, Math.Min(headAge - 20, rng.NextInt(25)));
        pop.Age[p] = (byte)age;
        pop.Status[p] = LabourStatus.ChildOrStudent;
        pop.Occupation[p] = -1;
        pop.Sector[p] = -1;
        pop.Education[p] = Education.Low;
        if (age >= 18 && rng.NextInt(10) < 4)
            Employee(pop, p, ref rng, age, 8 + rng.NextInt(20));
    }

    private static void Adult(SyntheticPopulation pop, int p, ref SeededRandom rng, int age, bool bijstandHousehold)
    {
        pop.Age[p] = (byte)age;
        pop.Education[p] = (Education)rng.NextInt(3);
        pop.Occupation[p] = -1;
        pop.Sector[p] = -1;
        pop.YearsBefore2016[p] = (byte)Math.Clamp(age - 28, 0, 40);
        pop.YearsSince2016[p] = (byte)Math.Clamp(age - 18, 0, 10);
        pop.CapitalIncomeCents[p] = rng.NextInt(5) == 0 ? rng.NextInt(40_000) : 0;
        if (age >= 67)
        {
            pop.Status[p] = LabourStatus.Retired;
            pop.PensionCents[p] = rng.NextInt(250_000);
            return;
        }

        if (bijstandHousehold)
        {
            pop.Status[p] = LabourStatus.Bijstand;
            pop.CapitalIncomeCents[p] = 0;
            return;
        }

        var roll = rng.NextInt(100);
        if (roll < 72)
        {
            Employee(pop, p, ref rng, age, 12 + rng.NextInt(29));
        }
        else if (roll < 82)
        {
            pop.Status[p] = LabourStatus.SelfEmployed;
            pop.SelfEmploymentCents[p] = 100_000 + rng.NextInt(600_000);
        }
        else if (roll < 85)
        {
            pop.Status[p] = LabourStatus.UnemployedWw;
            pop.HoursPerWeek[p] = (byte)(12 + rng.NextInt(29));
            pop.WageCents[p] = Wage(ref rng, pop.HoursPerWeek[p]);
            pop.WwMonthsLeft[p] = (byte)(1 + rng.NextInt(24));
        }
        else
        {
            pop.Status[p] = LabourStatus.Inactive;
        }
    }

    private static void Employee(SyntheticPopulation pop, int p, ref SeededRandom rng, int age, int hours)
    {
        pop.Status[p] = LabourStatus.Employee;
        pop.HoursPerWeek[p] = (byte)hours;
        pop.WageCents[p] = Wage(ref rng, hours);
        pop.Occupation[p] = rng.NextInt(50) == 0 ? (short)-1 : (short)rng.NextInt(Occupations);
        pop.Sector[p] = (sbyte)rng.NextInt(Sectors.Length);
        if (age < 28)
            pop.YearsSince2016[p] = (byte)Math.Clamp(age - 18, 0, 10);
    }

    // Hourly pay from the minimum (about € 14.40) up, with a long right tail; × 4.33 weeks, incl. holiday allowance.
    private static int Wage(ref SeededRandom rng, int hours)
    {
        var hourlyCents = 1_440 + (int)(1_400 * Math.Exp(0.6 * rng.NextNormal()));
        return (int)(hourlyCents * hours * 4.33 * 1.08);
    }
}
