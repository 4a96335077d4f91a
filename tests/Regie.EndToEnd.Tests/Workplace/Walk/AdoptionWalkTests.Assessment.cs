using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Walk;

public sealed partial class AdoptionWalkTests
{
    /// <summary>
    /// The assessor fills in the job impact assessment (a task, a signal, a risk with a measure); the prevention officer
    /// (reviewer) accepts it for opinions; the privacy officer, the works council and the prevention officer give theirs;
    /// the executive validates. The owner then carries out the measure on its page and the executive approves it.
    /// </summary>
    private static async Task AssessmentAsync(AdoptionWalkCast cast, Guid system)
    {
        var assessor = cast.Assessor;
        await assessor.OpenAsync(cast.System(system) + "/beoordelingen");
        await assessor.SubmitAsync("Start de beoordeling");
        await assessor.AssertNoViolationsAsync();
        var assessment = assessor.Url.Split('?')[0];

        await assessor.Locator("#task-new-text").FillAsync("Het weekrooster maken");
        await assessor.Locator("#task-new-effect").SelectOptionAsync("Augmented");
        await assessor.Locator("#task-new-now").FillAsync("30");
        await assessor.Locator("#task-new-later").FillAsync("10");
        await assessor.SubmitAsync(assessor.GetByRole(AriaRole.Button, new() { Name = "Taak opslaan" }).Last);
        await Expect(assessor.Locator("[data-table=task-effects]")).ToContainTextAsync("Het weekrooster maken");

        await assessor.Locator("#signal-code").SelectOptionAsync("RS13");
        await assessor.Locator("#signal-presence input[value=Present]").CheckAsync();
        await assessor.Locator("#signal-direction").SelectOptionAsync("Negative");
        await assessor.Locator("#signal-evidence").FillAsync("Het systeem legt vast wie wanneer welke dienst draait en hoe snel ruilverzoeken gaan.");
        await assessor.Locator("#signal-sources input[value=Workers]").CheckAsync();
        await assessor.Locator("#signal-likelihood").SelectOptionAsync("3");
        await assessor.SubmitAsync("Antwoord opslaan");

        await assessor.Locator("#risk-title").FillAsync("Planners voelen zich gevolgd");
        await assessor.Locator("#risk-signal").SelectOptionAsync("RS13");
        await assessor.Locator("#risk-likelihood").SelectOptionAsync("3");
        await assessor.Locator("#risk-severity").SelectOptionAsync("3");
        await assessor.SubmitAsync("Risico opslaan");
        await assessor.Locator("#measure-title").FillAsync("Geen prestatiecijfers per persoon tonen");
        await assessor.Locator("#measure-owner").SelectOptionAsync(new SelectOptionValue { Label = "Olga Eigenaar" });
        await assessor.Locator("#measure-due").FillAsync("2027-03-31");
        await assessor.Locator("#measure-verifier").FillAsync("Bestuurder");
        await assessor.SubmitAsync("Maatregel opslaan");
        await Expect(assessor.Locator("[data-table=risks]")).ToContainTextAsync("Geen prestatiecijfers per persoon tonen");
        await assessor.AssertNoViolationsAsync();
        await assessor.SubmitAsync("Begin met invullen");
        await assessor.SubmitAsync("Indienen voor review");

        await cast.Prevention.OpenAsync(assessment);
        await cast.Prevention.SubmitAsync("Akkoord: vraag de adviezen");
        await GiveOpinionAsync(cast.Privacy, assessment, "Privacy", "Positive");
        await GiveOpinionAsync(cast.Council, assessment, "WorksCouncil", "Conditional");
        await GiveOpinionAsync(cast.Prevention, assessment, "Prevention", "Positive");
        await cast.Executive.OpenAsync(assessment);
        await cast.Executive.SubmitAsync("Vaststellen");
        await Expect(cast.Executive.Locator("p[data-status]")).ToHaveAttributeAsync("data-status", "Validated");
        await Expect(cast.Executive.Locator("[data-opinion]")).ToHaveCountAsync(3);
        await cast.Executive.AssertNoViolationsAsync();

        // The measure against the risk: reached from the risks table, moved by its owner, approved by the executive.
        var owner = cast.Owner;
        await owner.OpenAsync(assessment);
        await owner.Locator("[data-table=risks] a", new() { HasText = "Geen prestatiecijfers per persoon tonen" }).ClickAsync();
        await owner.WaitForURLAsync("**/maatregelen/*");
        await owner.AssertNoViolationsAsync();
        var measure = owner.Url.Split('?')[0];
        await owner.SubmitAsync(owner.Locator("[data-move=InProgress]"));
        await owner.SubmitAsync(owner.Locator("[data-move=InReview]"));
        await Expect(owner.Locator("[data-measure-status]")).ToHaveAttributeAsync("data-measure-status", "InReview");
        await owner.AssertNoViolationsAsync();
        var executive = cast.Executive;
        await executive.OpenAsync(measure);
        await executive.SubmitAsync(executive.Locator("[data-move=Done]"));
        await Expect(executive.Locator("#move-evidence-error, .utrecht-form-field-error-message").First).ToBeVisibleAsync(); // done needs evidence
        await executive.AssertNoViolationsAsync();
        await executive.Locator("#move-evidence").FillAsync("Instelling 'persoonscijfers' staat uit; schermafdruk in het dossier.");
        await executive.SubmitAsync(executive.Locator("[data-move=Done]"));
        await Expect(executive.Locator("[data-settled]")).ToHaveAttributeAsync("data-settled", "yes");
        await executive.AssertNoViolationsAsync();
    }

    private static async Task GiveOpinionAsync(IPage page, string assessment, string kind, string position)
    {
        await page.OpenAsync(assessment);
        await page.Locator($"#opinion-kind input[value={kind}]").CheckAsync();
        await page.Locator($"#opinion-position input[value={position}]").CheckAsync();
        await page.Locator("#opinion-text").FillAsync($"Advies ({kind}): {position}.");
        await page.SubmitAsync("Advies vastleggen");
        await Expect(page.Locator($"[data-opinion={kind}]")).ToBeVisibleAsync();
    }
}
