using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit;
using Regie.Workplace.JobProfiles;

namespace Regie.Workplace.Tests.JobProfiles;

/// <summary>The task lists job profiles start from, over the real shipped data as the hosts wire it.</summary>
public sealed class OccupationTasksTests(BuiltStore store) : IClassFixture<BuiltStore>
{
    private const string Kassamedewerker = "http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098";
    private const string SoftwareOntwikkelaar = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";

    private IOccupationTasks Tasks => store.Services.GetRequiredService<IOccupationTasks>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_unit_group_starts_with_its_ILO_tasks_in_the_ILO_order()
    {
        var list = await Tasks.GetTasksAsync("2512", null, Ct);

        Assert.NotNull(list);
        Assert.Equal("Softwareontwikkelaars", list.IscoTitle);
        Assert.Equal(8, list.Tasks.Count);
        Assert.All(list.Tasks, t => Assert.Equal(TaskOrigin.Ilo, t.Origin));
        Assert.Equal("Researching, analysing and evaluating requirements for software applications and operating systems;", list.Tasks[0].Text);
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"ilo-2025:2512:{n}"), list.Tasks.Select(t => t.SourceRef));
    }

    [Theory]
    [InlineData("4110", 8, "Recording, preparing, sorting, classifying and filing information;")]
    [InlineData("5223", 5, "Determining customer requirements and advising on product range, price, delivery, warranties and product use and care;")]
    [InlineData("5230", 8, "Giving change and issuing receipts;")]
    public async Task Other_unit_groups_get_their_own_tasks(string code, int count, string knownTask)
    {
        var list = await Tasks.GetTasksAsync(code, null, Ct);

        Assert.NotNull(list);
        Assert.Equal(code, list.IscoCode);
        Assert.Equal(count, list.Tasks.Count);
        Assert.Contains(list.Tasks, t => t.Text == knownTask);
    }

    [Fact]
    public async Task The_source_line_is_the_ILO_attribution_from_the_catalogue()
    {
        var ilo = store.Reference.Sources.Single(s => s.Id == "ilo-2025").Attribution;

        var list = await Tasks.GetTasksAsync("2512", null, Ct);

        Assert.Equal(ilo, list?.Source);
        Assert.Contains("ILO Working Paper 140", ilo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_ESCO_occupation_adds_its_Dutch_description_after_the_ILO_tasks()
    {
        var list = await Tasks.GetTasksAsync("5230", Kassamedewerker, Ct);

        Assert.NotNull(list);
        Assert.Equal("kassamedewerker", list.EscoLabel);
        Assert.Equal(9, list.Tasks.Count);
        var esco = list.Tasks[^1];
        Assert.Equal(TaskOrigin.Esco, esco.Origin);
        Assert.Equal(Kassamedewerker, esco.SourceRef);
        Assert.StartsWith("Kassamedewerkers beheren het kassaregister", esco.Text, StringComparison.Ordinal);
        Assert.EndsWith("; ESCO v1.2 (nl), European Commission", list.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999")] // four digits, but no ISCO-08 unit group
    [InlineData("1000")] // a CBS residual code ("Managers z.n.d."), not ISCO-08
    [InlineData("251")] // a minor group, not a unit group
    [InlineData("ab12")]
    [InlineData("")]
    public async Task A_code_that_is_no_unit_group_has_no_task_list(string code)
    {
        var list = await Tasks.GetTasksAsync(code, null, Ct);

        Assert.Null(list);
    }

    [Fact]
    public async Task An_ESCO_occupation_of_another_unit_group_has_no_task_list()
    {
        var list = await Tasks.GetTasksAsync("5230", SoftwareOntwikkelaar, Ct);

        Assert.Null(list);
    }

    [Fact]
    public async Task An_unknown_ESCO_occupation_has_no_task_list()
    {
        var list = await Tasks.GetTasksAsync("2512", "http://data.europa.eu/esco/occupation/not-there", Ct);

        Assert.Null(list);
    }

    [Fact]
    public async Task A_unit_group_the_ILO_did_not_score_is_known_but_has_no_ILO_tasks()
    {
        var list = await Tasks.GetTasksAsync("0110", null, Ct);

        Assert.NotNull(list);
        Assert.Equal("Officieren", list.IscoTitle);
        Assert.Empty(list.Tasks);
    }
}
