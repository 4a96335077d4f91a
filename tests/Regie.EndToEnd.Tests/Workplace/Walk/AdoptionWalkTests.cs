using Microsoft.Playwright;
using Regie.EndToEnd.Tests.Hosting;
using Regie.TestKit.Workplace;
using Regie.Workplace.Screening;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Walk;

/// <summary>
/// Issue 5 "done when": a fictitious organisation takes one AI system from intake to the survey after go-live, in the
/// browser, each step by the member whose role owns it. The system is high-risk (Annex III 4(b)) and can monitor staff,
/// so it needs both the advice (WOR art. 25) and the consent (art. 27(1)(l)) procedure. The employer follows the
/// council's advice, so there is no standstill to wait out (the web host runs on the real clock). Every page visited is
/// scanned with axe-core (WCAG 2.1 AA).
/// </summary>
public sealed partial class AdoptionWalkTests(AtlasSite site)
{
    [Fact]
    public async Task One_system_goes_from_intake_to_the_post_deployment_survey_with_each_role_doing_its_part()
    {
        var cast = await AdoptionWalkCast.GatherAsync(site);

        var system = await IntakeAndScreeningAsync(cast);
        await AssessmentAsync(cast, system);
        await cast.Owner.OpenAsync(cast.System(system));
        await cast.Owner.MoveAsync("Consultation");
        await cast.Owner.MoveAsync("Decision");
        await cast.Executive.OpenAsync(cast.System(system));
        await cast.Executive.MoveAsync("Preparation");
        Assert.Contains("advice-procedure-missing", await cast.Executive.GatesAsync("Pilot"));
        Assert.Contains("consent-procedure-missing", await cast.Executive.GatesAsync("Pilot"));

        await ConsultationAsync(cast, system);
        await NoticeAndDpiaAsync(cast, system);
        var wave = await PreDeploymentPulseAsync(cast, system);
        await GoLiveAsync(cast, system);
        await OversightAsync(cast, system);
        await PostDeploymentPulseAsync(cast, wave);
    }

    /// <summary>The owner registers the system on the form, moves it to screening and screens it high-risk.</summary>
    private static async Task<Guid> IntakeAndScreeningAsync(AdoptionWalkCast cast)
    {
        var owner = cast.Owner;
        await owner.OpenAsync($"/werkplek/{cast.Organisation}/ai-systemen");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Een AI-systeem registreren" }).ClickAsync();
        await owner.WaitForURLAsync("**/ai-systemen/nieuw");
        await owner.AssertNoViolationsAsync();
        await owner.Locator("#name").FillAsync("Roosterwijzer");
        await owner.Locator("#purpose").FillAsync("Stelt het weekrooster voor en houdt bij wie welke dienst draait.");
        await owner.Locator("#provider").FillAsync("Voorbeeld Planning B.V. (fictief)");
        await owner.Locator("#decision-types input[value=Scheduling]").CheckAsync();
        await owner.Locator("#decision-types input[value=Monitoring]").CheckAsync();
        await owner.Locator("#monitoring-capable").CheckAsync();
        await owner.Locator($"#worker-groups input[value='{cast.Planners}']").CheckAsync();
        await owner.Locator("#overseers label", new() { HasText = "Otto Toezicht" }).ClickAsync();
        await owner.Locator("#summary").FillAsync("Het systeem stelt het rooster voor. Een planner beslist.");
        await owner.Locator("#contact-point").FillAsync("Team Planning, planning@voorbeeld.example");
        await owner.SubmitAsync("Registreren");
        await Expect(owner.Locator("h1")).ToHaveTextAsync("Roosterwijzer");
        await owner.AssertNoViolationsAsync();
        var system = Guid.Parse(new Uri(owner.Url).Segments[^1].TrimEnd('/'));

        await owner.MoveAsync("Intake");
        await owner.MoveAsync("Screening");
        await owner.OpenAsync(cast.System(system) + "/screening");
        foreach (var question in ScreeningTexts.QuestionOrder)
        {
            var value = typeof(ScreeningAnswers).GetProperty(question)!.GetValue(Answers.HighRisk()); // every question is a property
            if (value is bool or Enum)
            {
                await owner.Locator($"input[name={question}][value={(value is bool b ? (b ? "true" : "false") : value.ToString())}]").CheckAsync();
            }
            else if (value is string reasoning)
            {
                await owner.Locator($"#q-{question}").FillAsync(reasoning);
            }
        }

        await owner.SubmitAsync("Screening vastleggen");
        await Expect(owner.Locator("#outcome-heading")).ToHaveTextAsync("Uitkomst: Hoog risico");
        await owner.AssertNoViolationsAsync();
        await owner.OpenAsync(cast.System(system));
        await owner.MoveAsync("ImpactAssessment");
        return system;
    }
}
