using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Regie.Web.Localization;

namespace Regie.Web.Tests.Scenarios;

[Collection(ScenarioLabCollection.Name)]
public sealed class ExplainRuleLabelsTests(ScenarioLabHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Households that walk different paths: WW then bijstand for a couple, a youth norm, cost-sharers, a refusal at
    // AOW age, and a cut in hours (partial WW).
    public static TheoryData<string, object> Households => new()
    {
        { "central", Household(Member(50, "head", 4000, 36), new { age = 48, role = "partner", status = "inactive" }) },
        { "central", Household(Member(19, "head", 1600, 24)) },
        { "central", Household(Member(45, "head", 2800, 38), new { age = 23, role = "child", status = "inactive" }, new { age = 80, role = "other", status = "retired" }) },
        { "central", Household(Member(67, "head", 3000, 32)) },
        { "hours", Household(Member(38, "head", 3500, 36)) },
    };

    [Theory]
    [MemberData(nameof(Households))]
    public async Task Every_step_of_an_explanation_has_a_rule_name_in_dutch_and_in_english(string preset, object household)
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/scenarios/explain", new { preset, household }, Ct);
        var explanation = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        var rules = explanation!["scenario"]!.AsArray().Concat(explanation["baseline"]!.AsArray())
            .Select(s => s!["rule"]!.GetValue<string>()).Distinct().Order().ToList();
        Assert.NotEmpty(rules);
        var localizer = host.Services.GetRequiredService<IStringLocalizer<ScenarioUi>>();
        foreach (var culture in new[] { "nl", "en" })
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var unnamed = rules.Where(r => localizer[$"Rule_{r}"].ResourceNotFound).ToList();
            Assert.Empty(unnamed);
        }
    }

    private static object Member(int age, string role, int monthlyWage, int hours) => new
    {
        age,
        role,
        status = "employee",
        education = "middle",
        monthlyWage,
        hoursPerWeek = hours,
        yearsBefore2016 = Math.Max(0, age - 28),
        yearsSince2016 = 6,
    };

    private static object Household(params object[] members) => new { members, liquidAssets = 0, hitMember = 0, hitMonth = 0 };
}
