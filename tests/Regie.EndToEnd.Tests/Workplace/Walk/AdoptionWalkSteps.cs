using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Regie.EndToEnd.Tests.Workplace.Walk;

/// <summary>Small browser moves the walk repeats: open and scan, submit and wait for the fresh page, a lifecycle move.</summary>
internal static class AdoptionWalkSteps
{
    /// <summary>Opens a page, checks it answered 200 and scans it with axe-core.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Status: 200 }, $"GET {path} answered {response?.Status}");
        await page.AssertNoViolationsAsync();
    }

    /// <summary>Clicks a submit button and waits until the browser shows the page the post led to.</summary>
    public static async Task SubmitAsync(this IPage page, ILocator button)
    {
        await page.EvaluateAsync("() => document.body.dataset.stale = 'yes'"); // gone once the new page has loaded
        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => document.body && document.body.dataset.stale === undefined");
    }

    public static Task SubmitAsync(this IPage page, string button) =>
        page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));

    /// <summary>One lifecycle move on the system page, by the button of the step.</summary>
    public static async Task MoveAsync(this IPage page, string step)
    {
        await page.SubmitAsync(page.Locator($"[data-move={step}] button"));
        await Expect(page.Locator("[aria-current=step]")).ToHaveAttributeAsync("data-status", step);
    }

    /// <summary>The codes of what still blocks a lifecycle move, as the system page lists them.</summary>
    public static async Task<IReadOnlyList<string>> GatesAsync(this IPage page, string step)
    {
        var items = page.Locator($"[data-move={step}] [data-gate]");
        var codes = new List<string>();
        foreach (var item in await items.AllAsync())
        {
            codes.Add(await item.GetAttributeAsync("data-gate") ?? "");
        }

        return codes;
    }
}
