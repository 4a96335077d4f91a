using DuckDB.NET.Data;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Scenarios.SqlModel;

/// <summary>Appends the population's columns the model reads to the <c>household</c> and <c>person</c> tables.</summary>
internal static class PopulationTables
{
    public static void Write(DuckDBConnection connection, SyntheticPopulation pop)
    {
        using (var households = connection.CreateAppender("household"))
        {
            for (var h = 0; h < pop.HouseholdCount; h++)
                households.CreateRow().AppendValue(h).AppendValue(pop.Weight[h]).AppendValue(pop.LiquidAssetsCents[h]).EndRow();
        }

        using var persons = connection.CreateAppender("person");
        for (var p = 0; p < pop.PersonCount; p++)
        {
            persons.CreateRow()
                .AppendValue(p).AppendValue(pop.HouseholdOf[p]).AppendValue((int)pop.Age[p]).AppendValue((sbyte)pop.Role[p])
                .AppendValue((sbyte)pop.Status[p]).AppendValue(pop.Occupation[p]).AppendValue((long)pop.WageCents[p]).AppendValue((long)pop.PriorWageCents[p])
                .AppendValue((int)pop.HoursPerWeek[p]).AppendValue((long)pop.SelfEmploymentCents[p]).AppendValue((long)pop.PensionCents[p])
                .AppendValue((long)pop.CapitalIncomeCents[p]).AppendValue((int)pop.YearsBefore2016[p]).AppendValue((int)pop.YearsSince2016[p])
                .EndRow();
        }
    }
}
