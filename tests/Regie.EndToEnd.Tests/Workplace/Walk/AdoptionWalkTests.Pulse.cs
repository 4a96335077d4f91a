using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Walk;

public sealed partial class AdoptionWalkTests
{
    /// <summary>The smallest group the steward may publish (the policy floor); the walk's workers answer in groups of this size.</summary>
    private const int K = 5;

    /// <summary>
    /// The survey steward sets up the pulse for the system with k = 5, opens the baseline wave and hands out anonymous
    /// links; workers answer without an account. With four answers the planners' results stay hidden, with five they
    /// show. Returns the survey page.
    /// </summary>
    private async Task<string> PreDeploymentPulseAsync(AdoptionWalkCast cast, Guid system)
    {
        var steward = cast.Steward;
        await steward.OpenAsync($"/werkplek/{cast.Organisation}/peilingen");
        await steward.GetByLabel("AI-systeem", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Roosterwijzer" });
        await steward.SubmitAsync("Peiling aanmaken");
        await Expect(steward.Locator("h1")).ToHaveTextAsync("Peiling: Roosterwijzer");
        var survey = steward.Url.Split('?')[0];
        await steward.Locator("#rules-k").FillAsync(K.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await steward.SubmitAsync(steward.Locator("form:has(#rules-k) button[type=submit]"));
        var links = await WaveAsync(steward, "T0", "Baseline");
        await steward.AssertNoViolationsAsync();

        var worker = await site.NewPageAsync();
        for (var i = 0; i < K - 1; i++)
        {
            await AnswerAsync(worker, links[i], i, shift: 0);
        }

        await steward.OpenAsync(survey);
        await Expect(Respondents(steward, "T0")).ToHaveAttributeAsync("data-suppressed", "TooFewRespondents");
        await AnswerAsync(worker, links[K - 1], K - 1, shift: 0);
        await steward.OpenAsync(survey);
        await Expect(Respondents(steward, "T0")).ToHaveAttributeAsync("data-suppressed", "None");
        await Expect(Respondents(steward, "T0")).ToHaveTextAsync(K.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await cast.Council.OpenAsync(survey); // the works council sees what management sees
        await Expect(Respondents(cast.Council, "T0")).ToHaveAttributeAsync("data-suppressed", "None");
        return survey;
    }

    /// <summary>After go-live: the follow-up wave, five more answers (more felt pressure), and the change from the baseline.</summary>
    private async Task PostDeploymentPulseAsync(AdoptionWalkCast cast, string survey)
    {
        var steward = cast.Steward;
        await steward.OpenAsync(survey);
        await steward.SubmitAsync(steward.GetByRole(AriaRole.Button, new() { Name = "Ronde T0 sluiten" }));
        var links = await WaveAsync(steward, "T1", "FollowUp");
        var worker = await site.NewPageAsync();
        for (var i = 0; i < K; i++)
        {
            await AnswerAsync(worker, links[i], i, shift: 1);
        }

        await steward.OpenAsync(survey);
        await Expect(Respondents(steward, "T1")).ToHaveAttributeAsync("data-suppressed", "None");
        await Expect(steward.GetByRole(AriaRole.Table, new() { Name = "Verandering ten opzichte van de nulmeting" })).ToBeVisibleAsync();
        await Expect(steward.GetByText("Nog geen verandering te tonen")).ToHaveCountAsync(0);
        await cast.Executive.OpenAsync(survey);
        await Expect(cast.Executive.GetByText("Nog geen verandering te tonen")).ToHaveCountAsync(0);
    }

    /// <summary>Adds a wave, opens it and makes <see cref="K"/> links for the planners; returns their paths.</summary>
    private static async Task<IReadOnlyList<string>> WaveAsync(IPage steward, string label, string kind)
    {
        await steward.Locator("#wave-label").FillAsync(label);
        await steward.Locator("#wave-kind").SelectOptionAsync(kind);
        await steward.SubmitAsync("Ronde toevoegen");
        await steward.SubmitAsync($"Ronde {label} openen");
        await steward.Locator("#links-wave").SelectOptionAsync(new SelectOptionValue { Label = label });
        await steward.Locator("#links-count").FillAsync(K.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await steward.SubmitAsync("Links maken");
        var codes = steward.Locator(".regie-pulse-links code");
        await Expect(codes).ToHaveCountAsync(K);
        return [.. (await codes.AllTextContentsAsync()).Select(link => new Uri(link.Trim()).PathAndQuery)];
    }

    /// <summary>
    /// One worker's answers through an anonymous link: every item gets the same option, which varies between workers
    /// (so each dimension has different scores, as the anonymity rules require) and moves one step up the scale with
    /// <paramref name="shift"/>.
    /// </summary>
    private static async Task AnswerAsync(IPage worker, string link, int respondent, int shift)
    {
        await worker.GotoAsync(link);
        if (respondent == 0)
        {
            await worker.AssertNoViolationsAsync();
        }

        foreach (var fieldset in await worker.Locator("fieldset").AllAsync())
        {
            var options = fieldset.Locator("input[type=radio]");
            var count = await options.CountAsync();
            await options.Nth(Math.Min(count - 1, (respondent % 3) + shift)).CheckAsync();
        }

        await worker.SubmitAsync("Antwoorden versturen");
        await Expect(worker.GetByText("Bedankt!")).ToBeVisibleAsync();
    }

    /// <summary>The planners' cell in the "number of answers" row of a wave's results table.</summary>
    private static ILocator Respondents(IPage page, string wave) =>
        page.Locator("table").Filter(new() { Has = page.Locator("caption", new() { HasText = $"Uitkomsten {wave}:" }) })
            .Locator("tr", new() { HasText = "Aantal antwoorden" }).Locator("td").First;
}
