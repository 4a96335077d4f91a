using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Regie.EndToEnd.Tests.Hosting;

namespace Regie.EndToEnd.Tests.Accessibility;

/// <summary>axe-core scans of every public page against WCAG 2.1 A and AA, in both languages (DESIGN §5).</summary>
public sealed class AxeScanTests(AtlasSite site)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static TheoryData<string> Pages =>
    [
        "/",
        "/atlas",
        "/atlas/beroepen",
        "/atlas/beroepen/0811",
        "/atlas/sectoren",
        "/atlas/groepen",
        "/atlas/indices",
        "/over-de-data",
        "/scenariolab",
        "/scenariolab/huishouden",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_Dutch_page_has_no_WCAG_21_AA_violations(string path) => await ScanAsync(path);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_English_page_has_no_WCAG_21_AA_violations(string path) =>
        await ScanAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en");

    private async Task ScanAsync(string path)
    {
        var page = await site.OpenAsync(path);
        // Charts render after load; scan what the user finally sees.
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var result = await page.RunAxe(Wcag21AA);

        Assert.True(result.Violations.Length == 0, $"axe-core found on {path}:\n{Describe(result.Violations)}");
    }

    private static string Checks(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message));

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join('\n', violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}\n      {Checks(n)}"))));
}
