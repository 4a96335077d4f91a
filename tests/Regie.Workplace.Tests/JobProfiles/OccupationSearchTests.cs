using Microsoft.Extensions.DependencyInjection;
using Regie.TestKit;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.JobProfiles.Catalog;

namespace Regie.Workplace.Tests.JobProfiles;

/// <summary>Searching the shipped ISCO-08 unit groups and ESCO occupations by title.</summary>
public sealed class OccupationSearchTests(BuiltStore store) : IClassFixture<BuiltStore>
{
    private IOccupationTasks Tasks => store.Services.GetRequiredService<IOccupationTasks>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Dutch_ESCO_label_finds_its_occupation_first()
    {
        var found = await Tasks.SearchAsync("kassamedewerker", 10, Ct);

        var first = found[0];
        Assert.Equal(("5230", "Kassamedewerkers en kaartverkopers", "kassamedewerker"), (first.IscoCode, first.IscoTitle, first.EscoLabel));
        Assert.Equal("http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098", first.EscoUri);
    }

    [Fact]
    public async Task A_word_inside_a_title_finds_the_nursing_occupations()
    {
        var found = await Tasks.SearchAsync("verpleegkundige", 20, Ct);

        Assert.Contains(found, m => m is { IscoCode: "2221", EscoLabel: "algemeen verpleegkundige" });
        Assert.Contains(found, m => m is { IscoCode: "3221", EscoUri: null });
    }

    [Fact]
    public async Task An_English_title_finds_the_unit_group_under_its_Dutch_title()
    {
        var found = await Tasks.SearchAsync("Software Developers", 5, Ct);

        Assert.Equal(new OccupationMatch("2512", "Softwareontwikkelaars", null, null), found[0]);
    }

    [Theory]
    [InlineData("inspicient")]
    [InlineData("INSPICIËNT")]
    [InlineData("  Inspiciënt ")]
    public async Task Accents_case_and_spacing_do_not_matter(string text)
    {
        var found = await Tasks.SearchAsync(text, 5, Ct);

        Assert.Equal("inspiciënt", found[0].EscoLabel);
        Assert.Equal("2654", found[0].IscoCode);
    }

    [Fact]
    public async Task A_unit_group_code_finds_that_unit_group()
    {
        var found = await Tasks.SearchAsync("4110", 5, Ct);

        Assert.Equal(new OccupationMatch("4110", "Administratief medewerkers, algemeen", null, null), found[0]);
    }

    [Fact]
    public async Task Titles_that_start_with_the_text_come_before_titles_that_contain_it()
    {
        var found = await Tasks.SearchAsync("winkel", 50, Ct);

        var firstContaining = found.ToList().FindIndex(m => !StartsWith(m, "winkel"));
        Assert.True(firstContaining > 0, "Some title should start with the text.");
        Assert.All(found.Skip(firstContaining), m => Assert.False(StartsWith(m, "winkel")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--")]
    public async Task Text_without_letters_or_digits_finds_nothing(string text)
    {
        var found = await Tasks.SearchAsync(text, 10, Ct);

        Assert.Empty(found);
    }

    [Fact]
    public async Task The_limit_caps_the_results()
    {
        var found = await Tasks.SearchAsync("medewerker", 7, Ct);

        Assert.Equal(7, found.Count);
    }

    [Fact]
    public async Task Each_occupation_appears_once_even_when_several_titles_match()
    {
        var found = await Tasks.SearchAsync("software", 200, Ct);

        Assert.Equal(found.Count, found.Select(m => (m.IscoCode, m.EscoUri)).Distinct().Count());
    }

    [Fact]
    public void The_results_do_not_depend_on_the_order_of_the_data()
    {
        var r = store.Reference;
        var reversed = r with { UnitGroups = [.. r.UnitGroups.Reverse()], EscoOccupations = [.. r.EscoOccupations.Reverse()] };

        var forwards = OccupationSearch.Find(OccupationCatalog.Build(r).Entries, "medewerker", 100);
        var backwards = OccupationSearch.Find(OccupationCatalog.Build(reversed).Entries, "medewerker", 100);

        Assert.Equal(100, forwards.Count);
        Assert.Equal(forwards, backwards);
    }

    private static bool StartsWith(OccupationMatch match, string text) =>
        (match.EscoLabel ?? match.IscoTitle).StartsWith(text, StringComparison.OrdinalIgnoreCase);
}
