using Regie.Web.Tests.Workplace.Register;

namespace Regie.Web.Tests.Scenarios;

[Collection(ScenarioLabCollection.Name)]
public sealed class HouseholdPageTests(ScenarioLabHost host)
{
    /// <summary>A single employee of 50 with 26 years of work, hit in the first month (the UWV worked example).</summary>
    private static List<KeyValuePair<string, string>> Single(string age = "50") =>
    [
        new("Input.Preset", "central"),
        new("Input.Members[0].Age", age),
        new("Input.Members[0].Role", "head"),
        new("Input.Members[0].Status", "employee"),
        new("Input.Members[0].Education", "middle"),
        new("Input.Members[0].MonthlyWage", "4.000,00"),
        new("Input.Members[0].HoursPerWeek", "36"),
        new("Input.Members[0].YearsBefore2016", "20"),
        new("Input.Members[0].YearsSince2016", "6"),
        new("Input.HitMember", "1"),
        new("Input.HitMonth", "1"),
        new("Input.LiquidAssets", "0"),
    ];

    [Fact]
    public async Task The_form_starts_with_an_example_household_and_the_presets()
    {
        using var browser = host.Browser();

        var page = await browser.PageAsync("/scenariolab/huishouden");

        Assert.Matches("name=\"Input.Members\\[0\\].Age\"[^>]* value=\"45\"", page);
        Assert.Contains("name=\"Input.Members[3].Age\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"central\" selected>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_described_household_gets_its_path_with_ww_duration_and_the_articles_of_law()
    {
        using var browser = host.Browser();

        var (_, page) = await browser.SubmitForPageAsync("/scenariolab/huishouden", "hypothetical-household", Single());

        Assert.Contains("Het pad van dit huishouden", page, StringComparison.Ordinal);
        Assert.Contains("(art. 47 WW)", page, StringComparison.Ordinal);
        Assert.Contains("= 23 months", page, StringComparison.Ordinal); // 20 + 6 × ½ years of build-up
        Assert.Contains("jan 2027", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_age_that_is_not_a_number_gets_its_message_beside_the_field()
    {
        using var browser = host.Browser();

        var (_, page) = await browser.SubmitForPageAsync("/scenariolab/huishouden", "hypothetical-household", Single(age: "vijftig"));

        Assert.Contains("id=\"m1-age-error\">Vul een leeftijd in hele jaren in.</div>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Het pad van dit huishouden", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hitting_someone_without_a_job_is_refused_beside_the_choice()
    {
        using var browser = host.Browser();
        var fields = Single();
        fields[fields.FindIndex(f => f.Key == "Input.Members[0].Status")] = new("Input.Members[0].Status", "inactive");

        var (_, page) = await browser.SubmitForPageAsync("/scenariolab/huishouden", "hypothetical-household", fields);

        Assert.Contains("id=\"h-hit-error\">Alleen een werknemer met contracturen kan getroffen worden.</div>", page, StringComparison.Ordinal);
    }
}
