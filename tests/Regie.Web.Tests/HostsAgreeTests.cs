using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Regie.Cli.Hosting;
using Regie.Monitor.Atlas;
using Regie.TestKit;
using Regie.Web.Tests.Pages;

namespace Regie.Web.Tests;

/// <summary>The CLI, the HTTP API and the web pages show the same numbers (issue 2, "done when").</summary>
[Collection(PagesCollection.Name)]
public sealed partial class HostsAgreeTests(RegieWebFactory factory)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/atlas/occupations?sort=code&desc=false", new[] { "atlas", "occupations", "--json", "--sort", "code", "--asc" })]
    [InlineData("/api/atlas/occupations/0811", new[] { "atlas", "occupation", "0811", "--json" })]
    [InlineData("/api/atlas/summary", new[] { "atlas", "summary", "--json" })]
    [InlineData("/api/atlas/sectors?year=2023", new[] { "atlas", "sectors", "--year", "2023", "--json" })]
    [InlineData("/api/atlas/groups", new[] { "atlas", "groups", "--json" })]
    [InlineData("/api/atlas/indices", new[] { "atlas", "indices", "--json" })]
    public async Task The_cli_prints_the_json_the_api_serves(string url, string[] command)
    {
        var api = await factory.CreateClient().GetStringAsync(url, Ct);

        var cli = await RunCliAsync(command);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(api), JsonNode.Parse(cli)), $"{url} and regie {string.Join(' ', command)} differ.");
    }

    [Fact]
    public async Task The_occupation_list_page_shows_the_figures_the_api_serves_for_every_group()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dnl%7Cuic%3Dnl");
        var api = JsonNode.Parse(await client.GetStringAsync("/api/atlas/occupations?sort=code&desc=false", Ct))!["occupations"]!.AsArray();

        var response = await client.GetAsync("/atlas/beroepen?sort=code&desc=false", Ct);
        var html = Html.Decode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = RowPattern().Matches(html).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["cells"].Value, StringComparer.Ordinal);
        Assert.Equal(114, api.Count);
        foreach (var occupation in api)
        {
            var code = occupation!["code"]!.GetValue<string>();
            var cells = rows[code];
            var exposure = occupation["exposure"]?.GetValue<double>();
            var employed = occupation["employed"]?.GetValue<long>();
            Assert.Contains($">{(exposure is { } x ? x.ToString("N2", Dutch) : "–")}<", cells, StringComparison.Ordinal);
            Assert.Contains($">{(employed is { } n ? n.ToString("N0", Dutch) : "–")}<", cells, StringComparison.Ordinal);
        }
    }

    private static async Task<string> RunCliAsync(string[] command)
    {
        using var home = new TemporaryFolder("regie-cli-home");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var configuration = RegieHost.Configuration(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["REGIE_HOME"] = home.Path,
            ["Data:Directory"] = ShippedDataFolder.Path,
        });

        var exitCode = await RegieHost.RunAsync(command, stdout, stderr, configuration, Ct);

        Assert.True(exitCode == 0, stderr.ToString());
        return stdout.ToString();
    }

    [GeneratedRegex("""<tr class="utrecht-table__row" data-code="(?<code>\d{4})">(?<cells>.*?)</tr>""", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
