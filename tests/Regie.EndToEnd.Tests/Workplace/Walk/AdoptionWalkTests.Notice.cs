using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Walk;

public sealed partial class AdoptionWalkTests
{
    /// <summary>The owner sends the AI Act art. 26(7) notice; the privacy officer records the works council's GDPR art. 35(9) view.</summary>
    private static async Task NoticeAndDpiaAsync(AdoptionWalkCast cast, Guid system)
    {
        var dossier = cast.System(system) + "/inspraak";
        var owner = cast.Owner;
        await owner.OpenAsync(dossier);
        var notice = owner.Locator("form[data-form=notice]");
        await notice.Locator("#notice-decisions").FillAsync("Het programma stelt een rooster voor. Een planner beslist.");
        await notice.Locator("#notice-oversight").FillAsync("De planner kijkt elk voorstel na en kan het veranderen.");
        await notice.Locator("#notice-rights").FillAsync("U kunt uitleg vragen en een mens laten kijken. U kunt ook naar de OR.");
        await notice.Locator("#notice-channel").FillAsync("E-mail en intranet");
        await notice.Locator("#notice-contact").FillAsync("Team Planning, planning@voorbeeld.example");
        await owner.SubmitAsync(notice.GetByRole(AriaRole.Button, new() { Name = "Concept opslaan" }));
        await owner.SubmitAsync("Bericht als verstuurd vastleggen");
        await Expect(owner.Locator("[data-notice=Sent]")).ToBeVisibleAsync();
        await owner.AssertNoViolationsAsync();

        var privacy = cast.Privacy;
        await privacy.OpenAsync(dossier);
        var form = privacy.Locator("form[data-form=dpia]");
        await form.Locator("#dpia-status input[value=Received]").CheckAsync();
        await form.Locator("#dpia-sought-on").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("#dpia-sought-from").FillAsync("Ondernemingsraad");
        await form.Locator("#dpia-opinion").FillAsync("De OR vindt de bewaartermijn van ruildata te lang; die is nu teruggebracht tot drie maanden.");
        await privacy.SubmitAsync(form.GetByRole(AriaRole.Button, new() { Name = "Mening vastleggen" }));
        await Expect(privacy.Locator("#dpia-heading")).ToBeVisibleAsync();
        await Expect(privacy.Locator("section:has(#dpia-heading)")).ToContainTextAsync("bewaartermijn");
        await privacy.AssertNoViolationsAsync();
    }

    /// <summary>
    /// The executive finds the pilot no longer blocked by the procedures or the notice; the owner finishes the other duties
    /// due before use; the executive starts the pilot and then goes live.
    /// </summary>
    private static async Task GoLiveAsync(AdoptionWalkCast cast, Guid system)
    {
        var executive = cast.Executive;
        await executive.OpenAsync(cast.System(system));
        var gates = await executive.GatesAsync("Pilot");
        Assert.DoesNotContain(gates, g => g.Contains("procedure", StringComparison.Ordinal) || g.Contains("consent", StringComparison.Ordinal) || g.Contains("notice", StringComparison.Ordinal) || g == "standstill");

        var owner = cast.Owner;
        await owner.OpenAsync(cast.System(system));
        foreach (var duty in await executive.Locator("[data-move=Pilot] [data-gate=duty-open]").AllAsync())
        {
            var kind = await duty.GetAttributeAsync("data-subject");
            var item = owner.Locator($"[data-duty={kind}]");
            await item.Locator("summary").ClickAsync();
            await item.Locator("input[name=Status][value=Done]").CheckAsync();
            await item.Locator("textarea[name=Evidence]").FillAsync("Gedaan en vastgelegd in het dossier (fictief voorbeeld).");
            await owner.SubmitAsync(item.GetByRole(AriaRole.Button, new() { Name = "Plicht opslaan" }));
        }

        await executive.OpenAsync(cast.System(system));
        Assert.Empty(await executive.GatesAsync("Pilot"));
        await executive.MoveAsync("Pilot");
        await executive.MoveAsync("Live");
        await executive.AssertNoViolationsAsync();
    }
}
