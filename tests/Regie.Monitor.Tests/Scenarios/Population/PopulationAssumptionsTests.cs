using Regie.Monitor.Scenarios.Population;

namespace Regie.Monitor.Tests.Scenarios.Population;

public sealed class PopulationAssumptionsTests
{
    [Fact]
    public void Every_assumption_says_what_why_and_what_would_replace_it()
    {
        Assert.All(PopulationAssumptions.All, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Text), a.Id);
            Assert.False(string.IsNullOrWhiteSpace(a.Value), a.Id);
            Assert.False(string.IsNullOrWhiteSpace(a.Why), a.Id);
            Assert.False(string.IsNullOrWhiteSpace(a.ReplaceWith), a.Id);
        });
    }

    [Fact]
    public void Ids_are_unique_and_stable_in_form()
    {
        var ids = PopulationAssumptions.All.Select(a => a.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+\\.[a-z0-9-]+$", id));
    }

    [Fact]
    public void The_texts_show_the_values_the_code_uses()
    {
        var aow = PopulationAssumptions.All.Single(a => a.Id == "age.aow-in-private-households");

        Assert.Equal("85 %", aow.Value);
    }
}
