namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>What every synthesis step reads and writes: the population being built, its scale and scratch columns.</summary>
internal sealed class SynthesisContext(PopulationTargets targets, HouseholdPlan plan, SyntheticPopulation population, ulong seed, int? threads = null)
{
    public PopulationTargets Targets { get; } = targets;

    public HouseholdPlan Plan { get; } = plan;

    public SyntheticPopulation Population { get; } = population;

    public Draws Draws { get; } = new(seed);

    /// <summary>Most threads for per-record loops (null = all cores); the bytes do not depend on it.</summary>
    public int? Threads { get; } = threads;

    /// <summary>Runs a per-record body on several threads (see <see cref="RecordBlocks"/>).</summary>
    public void ForEach(int count, Action<int> body) => RecordBlocks.For(count, Threads, body);

    /// <summary>Households (and persons) each record stands for.</summary>
    public double Weight { get; } = plan.Households / population.HouseholdCount;

    /// <summary>The labour year (the year of the 85224NED and 37789ksz figures).</summary>
    public int Year => Targets.Labour.Year;

    /// <summary>A national count as a number of records at this scale.</summary>
    public int Records(double nationalCount) => (int)Math.Round(nationalCount / Weight, MidpointRounding.AwayFromZero);

    /// <summary>Scratch: employed (employee or self-employed) persons, set by the employment step.</summary>
    public bool[] Employed { get; } = new bool[population.PersonCount];

    /// <summary>Scratch: self-employed with staff (85224NED distinguishes them; the contract does not).</summary>
    public bool[] WithStaff { get; } = new bool[population.PersonCount];

    /// <summary>Scratch: ISCO major group (0–9) of employed persons, -1 otherwise.</summary>
    public sbyte[] Major { get; } = new sbyte[population.PersonCount];

    /// <summary>The first person of a person's household (its head).</summary>
    public int HeadOf(int person) => Population.FirstPerson[Population.HouseholdOf[person]];

    /// <summary>The person's partner (the second person of a couple household), or -1.</summary>
    public int PartnerOf(int person)
    {
        var pop = Population;
        var h = pop.HouseholdOf[person];
        var first = pop.FirstPerson[h];
        if (pop.Type[h] is not (HouseholdType.CoupleWithoutChildren or HouseholdType.CoupleWithChildren))
        {
            return -1;
        }

        return person == first ? first + 1 : person == first + 1 ? first : -1;
    }

    /// <summary>True for a person at or above the AOW age.</summary>
    public bool AtAowAge(int person) => Population.Age[person] >= PopulationAssumptions.AowAge;
}
