using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Regie.EndToEnd.Tests.Workplace;

/// <summary>An axe-core scan of the page as it is now, against WCAG 2.1 A and AA (DESIGN §5).</summary>
internal static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static async Task AssertNoViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);

        Assert.True(result.Violations.Length == 0, $"axe-core found on {page.Url}:\n{Describe(result.Violations)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join('\n', violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"))));
}
