using Regie.Monitor.Scenarios.Population;

namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// Employees grouped by occupation (CSR layout, person indices ascending within a group). The last group holds
/// employees without an occupation code: a pseudo-group, so nobody is mechanically exempt (note §3.2).
/// </summary>
internal sealed class EmployeeGroups
{
    private readonly int[] _start;
    private readonly int[] _persons;

    private EmployeeGroups(int occupations, int[] start, int[] persons, double[] weight, double[] wageBill)
    {
        Occupations = occupations;
        _start = start;
        _persons = persons;
        Weight = weight;
        WageBill = wageBill;
        TotalWeight = weight.Sum();
    }

    /// <summary>Number of real occupations; group index <see cref="Occupations"/> is the pseudo-group.</summary>
    public int Occupations { get; }

    public int Count => Weight.Length;

    /// <summary>Weighted employees per group.</summary>
    public double[] Weight { get; }

    /// <summary>Weighted monthly wage bill per group, eurocents.</summary>
    public double[] WageBill { get; }

    public double TotalWeight { get; }

    public ReadOnlySpan<int> Members(int group) => _persons.AsSpan(_start[group], _start[group + 1] - _start[group]);

    /// <summary>The group of an occupation column value.</summary>
    public int GroupOf(short occupation) => occupation < 0 ? Occupations : occupation;

    public static EmployeeGroups Of(SyntheticPopulation pop)
    {
        var occupations = pop.Codes.Occupations.Count;
        var count = new int[occupations + 2];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (pop.Status[p] == LabourStatus.Employee)
                count[Group(pop.Occupation[p], occupations) + 1]++;
        }

        for (var g = 1; g < count.Length; g++)
            count[g] += count[g - 1];
        var start = (int[])count.Clone();
        var persons = new int[count[^1]];
        var weight = new double[occupations + 1];
        var wageBill = new double[occupations + 1];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (pop.Status[p] != LabourStatus.Employee)
                continue;
            var g = Group(pop.Occupation[p], occupations);
            persons[count[g]++] = p;
            var w = pop.Weight[pop.HouseholdOf[p]];
            weight[g] += w;
            wageBill[g] += w * pop.WageCents[p];
        }

        return new EmployeeGroups(occupations, start, persons, weight, wageBill);
    }

    private static int Group(short occupation, int occupations) => occupation < 0 ? occupations : occupation;
}
