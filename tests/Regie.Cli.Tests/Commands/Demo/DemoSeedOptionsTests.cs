using System.Text.Json;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Demo;

public sealed class DemoSeedOptionsTests(RegieHome shared) : IDisposable
{
    private readonly WorkplaceHome _home = new(shared);

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task The_table_output_says_it_is_fictitious_and_where_to_sign_in()
    {
        var run = await _home.RunAsync("demo", "seed", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Everything in it is fictitious", run.Output, StringComparison.Ordinal);
        Assert.Contains("bestuurder@voorbeeldhaven.example", run.Output, StringComparison.Ordinal);
        Assert.Contains("The password of every demo account", run.Output, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5080/account/aanmelden", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Force_adds_a_second_copy_and_gives_the_accounts_the_new_password()
    {
        var first = Password(await _home.RunAsync("demo", "seed", "--json"));

        var forced = await _home.RunAsync("demo", "seed", "--force", "--json");
        var list = await _home.RunAsync("org", "list", "--json");

        Assert.Equal(0, forced.ExitCode);
        var second = Password(forced);
        Assert.NotEqual(first, second);
        Assert.True(await _home.PasswordWorksAsync("auditor@voorbeeldhaven.example", second));
        Assert.False(await _home.PasswordWorksAsync("auditor@voorbeeldhaven.example", first));
        using var json = JsonDocument.Parse(list.Output);
        Assert.Equal(
            ["Zorggroep Voorbeeldhaven (fictief)", "Zorggroep Voorbeeldhaven 2 (fictief)"],
            json.RootElement.EnumerateArray().Select(o => o.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_password_from_stdin_is_used_and_not_printed()
    {
        var run = await _home.RunWithInputAsync("correct horse battery staple\n", "demo", "seed", "--password-stdin", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("password").ValueKind);
        Assert.True(await _home.PasswordWorksAsync("medewerker@voorbeeldhaven.example", "correct horse battery staple"));
    }

    [Fact]
    public async Task A_short_password_from_stdin_exits_3_before_anything_is_made()
    {
        var run = await _home.RunWithInputAsync("short\n", "demo", "seed", "--password-stdin", "--lang", "en");
        var list = await _home.RunAsync("org", "list", "--json");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("regie: --password-stdin: The password must be at least 12 characters long.\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal("[]", list.Output.Trim());
    }

    private static string Password(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("password").GetString()!; // generated passwords are in the JSON
    }
}
