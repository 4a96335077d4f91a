using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Walk;

public sealed partial class AdoptionWalkTests
{
    /// <summary>
    /// The owner designs oversight and sets the overseer's authority, then makes an API key; the system posts cases with
    /// it; the overseer logs one by hand; the works council reads the dashboard.
    /// </summary>
    private static async Task OversightAsync(AdoptionWalkCast cast, Guid system)
    {
        var owner = cast.Owner;
        await owner.OpenAsync(cast.System(system));
        await owner.Locator("a[data-link=oversight]").ClickAsync();
        await owner.Locator("input[name=Model][value=OnTheLoop]").CheckAsync();
        await owner.Locator("#evidence-understandevidence").FillAsync("Twee dagen training voor alle planners.");
        await owner.Locator("#seconds-per-case").FillAsync("120");
        await owner.SubmitAsync(owner.GetByRole(AriaRole.Button, new() { Name = "Ontwerp opslaan" }));
        await Expect(owner.Locator(".utrecht-alert--ok")).ToBeVisibleAsync();
        var assignment = owner.Locator("form[id^=overseer-]").First;
        var overseer = Guid.Parse((await assignment.GetAttributeAsync("id"))!["overseer-".Length..]); // the form is named after the overseer
        await assignment.Locator("input[name=CanOverride]").CheckAsync();
        await assignment.Locator("input[name=CanStop]").CheckAsync();
        await assignment.Locator("input[name=HoursPerWeek]").FillAsync("4");
        await owner.SubmitAsync(assignment.GetByRole(AriaRole.Button, new() { Name = "Afspraken opslaan" }));
        await owner.AssertNoViolationsAsync();

        await owner.OpenAsync(cast.System(system) + "/toezicht/sleutels");
        await owner.Locator("#label").FillAsync("productie");
        await owner.SubmitAsync(owner.Locator("#new-key-heading ~ form button[type=submit]"));
        var secret = (await owner.Locator("[data-new-key]").TextContentAsync())!.Trim(); // shown once after making it
        await owner.AssertNoViolationsAsync();
        foreach (var (kind, seconds, reference) in new[] { ("Accepted", 40, "ROOSTER-101"), ("Modified", 150, "ROOSTER-102"), ("Accepted", 60, "ROOSTER-103") })
        {
            var posted = await owner.APIRequest.PostAsync($"/api/oversight/{cast.Organisation}/ai-systems/{system}/events", new APIRequestContextOptions
            {
                Headers = new Dictionary<string, string> { ["X-Api-Key"] = secret },
                DataObject = new { kind, caseReference = reference, secondsSpent = seconds, overseerMemberId = overseer },
            });
            Assert.True(posted.Status == 201, $"posting an oversight event answered {posted.Status}: {await posted.TextAsync()}");
        }

        var otto = cast.Overseer;
        await otto.OpenAsync(cast.System(system) + "/toezicht/logboek");
        await otto.Locator("#kind").SelectOptionAsync("Overridden");
        await otto.Locator("#case-reference").FillAsync("ROOSTER-104");
        await otto.Locator("#seconds-spent").FillAsync("240");
        await otto.SubmitAsync(otto.Locator("#log-heading ~ form button[type=submit]"));
        await Expect(otto.Locator(".utrecht-alert--ok")).ToBeVisibleAsync();
        await otto.OpenAsync($"/werkplek/{cast.Organisation}/mijn-toezicht");
        await Expect(otto.Locator("table").First).ToContainTextAsync("Roosterwijzer");

        var council = cast.Council;
        await council.OpenAsync(cast.System(system) + "/toezicht/logboek");
        await Expect(council.Locator("[data-figure=cases]")).ToHaveTextAsync("4");
        await council.OpenAsync(cast.System(system) + "/maatregelen");
        await Expect(council.Locator("[data-table=measures] tbody tr")).ToHaveCountAsync(3);
    }
}
