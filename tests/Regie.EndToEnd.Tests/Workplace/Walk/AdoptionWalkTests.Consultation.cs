using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Walk;

public sealed partial class AdoptionWalkTests
{
    /// <summary>
    /// The advice path (art. 25) and the consent path (art. 27(1)(l)) for the same system: the owner prepares and sends
    /// each request and answers the council's question, a meeting is recorded, the council gives its position with a
    /// condition, the executive notifies a decision that follows the council (so no standstill), the owner closes.
    /// While the procedures are open the pilot stays blocked. The council's condition becomes a measure the owner
    /// carries out and the council first sends back, then verifies.
    /// </summary>
    private static async Task ConsultationAsync(AdoptionWalkCast cast, Guid system)
    {
        var advice = await StartProcedureAsync(cast, system, "Adviesaanvraag voorbereiden");
        var consent = await StartProcedureAsync(cast, system, "Instemmingsaanvraag voorbereiden");
        await cast.Executive.OpenAsync(cast.System(system));
        Assert.Contains("procedure-open", await cast.Executive.GatesAsync("Pilot"));
        await Expect(cast.Executive.Locator("[data-move=Pilot] button")).ToBeDisabledAsync();

        await DialogueAsync(cast, advice, meetingBy: cast.Owner);
        await DialogueAsync(cast, consent, meetingBy: cast.Council);
        await PositionAndDecisionAsync(cast, advice, "Positief advies onder voorwaarden", "Planners kunnen elk voorstel van het systeem aanpassen.");
        await PositionAndDecisionAsync(cast, consent, "Instemming", "Geen prestatiecijfers per persoon uit het systeem halen.");
        await ConditionAsync(cast, consent, "Geen prestatiecijfers per persoon uit het systeem halen.");
    }

    private static async Task<string> StartProcedureAsync(AdoptionWalkCast cast, Guid system, string start)
    {
        var owner = cast.Owner;
        await owner.OpenAsync(cast.System(system));
        await owner.GetByRole(AriaRole.Link, new() { Name = "Inspraak en informatie (OR, werknemers, AVG)" }).ClickAsync();
        await owner.AssertNoViolationsAsync();
        await owner.GetByRole(AriaRole.Link, new() { Name = start }).ClickAsync();
        await owner.AssertNoViolationsAsync(); // the form prefilled from the assessment
        await owner.Locator("#consequences").FillAsync("Planners maken het rooster niet meer zelf maar beoordelen voorstellen.");
        await owner.Locator("#proposed-measures").FillAsync("- Geen prestatiecijfers per persoon tonen\n- Training voor planners");
        await owner.SubmitAsync(owner.Locator("form[data-form=start]").GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }));
        await Expect(owner.Locator("[data-procedure-status]")).ToHaveAttributeAsync("data-procedure-status", "Draft");
        await owner.SubmitAsync("Aanvraag versturen naar de OR");
        await Expect(owner.Locator("[data-procedure-status]")).ToHaveAttributeAsync("data-procedure-status", "Sent");
        await Expect(owner.Locator("[data-term=due]")).ToBeVisibleAsync();
        await owner.AssertNoViolationsAsync();
        return owner.Url.Split('?')[0];
    }

    /// <summary>The council asks, the owner answers, a meeting is recorded (by the owner or the council).</summary>
    private static async Task DialogueAsync(AdoptionWalkCast cast, string procedure, IPage meetingBy)
    {
        await cast.Council.OpenAsync(procedure);
        await cast.Council.Locator("#question").FillAsync("Wie ziet de gegevens over geruilde diensten?");
        await cast.Council.SubmitAsync("Vraag stellen");
        await cast.Council.AssertNoViolationsAsync();

        await cast.Owner.OpenAsync(procedure);
        await cast.Owner.Locator("[data-message=Question] textarea").FillAsync("Alleen de planner van het team, niet de leidinggevende.");
        await cast.Owner.SubmitAsync("Antwoord geven");

        await meetingBy.OpenAsync(procedure);
        await meetingBy.Locator("#minutes").FillAsync("De aanvraag is besproken in de overlegvergadering.");
        await meetingBy.SubmitAsync("Overleg vastleggen");
        await Expect(meetingBy.Locator("[data-procedure-status]")).ToHaveAttributeAsync("data-procedure-status", "MeetingHeld");
    }

    /// <summary>The council's position with a condition, the executive's decision that follows it, the owner closes.</summary>
    private static async Task PositionAndDecisionAsync(AdoptionWalkCast cast, string procedure, string position, string condition)
    {
        var council = cast.Council;
        await council.OpenAsync(procedure);
        await council.GetByLabel(position, new() { Exact = true }).CheckAsync();
        await council.Locator("#position-text").FillAsync("De OR stemt in onder één voorwaarde.");
        await council.Locator("#conditions").FillAsync(condition);
        await council.SubmitAsync("Standpunt vastleggen");
        await Expect(council.Locator("[data-conditions]")).ToContainTextAsync(condition);
        await council.AssertNoViolationsAsync();

        var executive = cast.Executive;
        await executive.OpenAsync(procedure);
        await executive.Locator("#decision").FillAsync("We voeren het systeem in zoals de OR het voorstelt, met de voorwaarde.");
        await executive.SubmitAsync("Besluit meedelen");
        await Expect(executive.Locator("[data-procedure-status]")).ToHaveAttributeAsync("data-procedure-status", "DecisionNotified");
        await executive.AssertNoViolationsAsync();

        await cast.Owner.OpenAsync(procedure);
        await cast.Owner.SubmitAsync("Procedure afsluiten");
        await Expect(cast.Owner.Locator("[data-procedure-status]")).ToHaveAttributeAsync("data-procedure-status", "Closed");
        await cast.Owner.AssertNoViolationsAsync();
    }

    /// <summary>The condition as a measure: the owner carries it out, the council sends it back once, then verifies it.</summary>
    private static async Task ConditionAsync(AdoptionWalkCast cast, string procedure, string condition)
    {
        var owner = cast.Owner;
        await owner.OpenAsync(procedure);
        await owner.Locator("[data-conditions] a", new() { HasText = condition }).ClickAsync();
        await owner.WaitForURLAsync("**/maatregelen/*");
        await owner.AssertNoViolationsAsync();
        var measure = owner.Url.Split('?')[0];
        await owner.SubmitAsync(owner.Locator("[data-move=InProgress]"));
        await owner.SubmitAsync(owner.Locator("[data-move=InReview]"));
        await owner.Locator("#move-evidence").FillAsync("Het rapport 'cijfers per persoon' is bij de leverancier uitgezet.");
        await owner.SubmitAsync(owner.Locator("[data-move=Done]"));
        await Expect(owner.Locator("[data-works-council]")).ToHaveAttributeAsync("data-works-council", "waiting");

        var council = cast.Council;
        await council.OpenAsync(measure);
        await council.SubmitAsync("Terugsturen");
        await Expect(council.Locator("#return-reason-error, .utrecht-form-field-error-message").First).ToBeVisibleAsync(); // a reason is needed
        await council.AssertNoViolationsAsync();
        await council.Locator("#return-reason").FillAsync("Het dashboard van de teamleider toont de cijfers nog.");
        await council.SubmitAsync("Terugsturen");
        await Expect(council.Locator("[data-measure-status]")).ToHaveAttributeAsync("data-measure-status", "InProgress");
        await Expect(council.Locator("[data-field=return-reason]")).ToContainTextAsync("dashboard van de teamleider");
        await council.AssertNoViolationsAsync();

        await owner.OpenAsync(measure);
        await owner.SubmitAsync(owner.Locator("[data-move=InReview]"));
        await owner.Locator("#move-evidence").FillAsync("Rapport en dashboardtegel zijn uitgezet; gecontroleerd met de OR-commissie.");
        await owner.SubmitAsync(owner.Locator("[data-move=Done]"));

        await council.OpenAsync(measure);
        await council.SubmitAsync("Goedkeuren als OR");
        await Expect(council.Locator("[data-works-council]")).ToHaveAttributeAsync("data-works-council", "verified");
        await Expect(council.Locator("[data-settled]")).ToHaveAttributeAsync("data-settled", "yes");
        await council.AssertNoViolationsAsync();
        await council.OpenAsync(procedure);
        await Expect(council.Locator("[data-conditions]")).Not.ToContainTextAsync("Nog niet");
    }
}
