using System.Text.Json;
using MimeKit;
using Regie.Cli.Tests.Infrastructure;

namespace Regie.Cli.Tests.Commands.Org;

public sealed class OrgCommandsTests(RegieHome shared) : IDisposable
{
    private const string Admin = "admin@noord.example";

    private readonly WorkplaceHome _home = new(shared);

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Create_with_a_bad_KvK_number_exits_3_naming_the_option_in_Dutch()
    {
        await _home.AddAccountAsync(Admin, "Anna Admin");

        var run = await _home.RunAsync(Create("123"));

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("regie: --kvk: Een KvK-nummer heeft precies 8 cijfers.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_with_its_option_in_English()
    {
        await _home.AddAccountAsync(Admin, "Anna Admin");

        var run = await _home.RunAsync("org", "create", "--name", "", "--kvk", "00000000", "--sbi", "ZZ", "--size", "huge", "--admin-email", Admin, "--lang", "en");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(
            """
            regie: --kvk: A KvK number has exactly 8 digits.
            regie: --name: Name is required.
            regie: --sbi: Choose an SBI section (A–U).
            regie: --size: Choose a size class. Use 1-9, 10-49, 50-249 or 250+.

            """,
            run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Create_for_an_account_that_does_not_exist_exits_4()
    {
        var run = await _home.RunAsync(Create("12345678"));

        Assert.Equal(4, run.ExitCode);
        Assert.Contains(Admin, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_organisation_is_listed_with_its_administrator_as_member()
    {
        await _home.AddAccountAsync(Admin, "Anna Admin");

        var created = await _home.RunAsync(Create("1234 5678"));
        var list = await _home.RunAsync("org", "list", "--json");
        var id = Id(list, "Zorggroep Noord");
        var members = await _home.RunAsync("org", "members", id, "--json");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Zorggroep Noord", created.Output, StringComparison.Ordinal);
        Assert.Equal(0, list.ExitCode);
        using var json = JsonDocument.Parse(list.Output);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("12345678", row.GetProperty("kvkNumber").GetString());
        Assert.Equal(1, row.GetProperty("members").GetInt32());
        using var memberJson = JsonDocument.Parse(members.Output);
        var admin = Assert.Single(memberJson.RootElement.GetProperty("members").EnumerateArray());
        Assert.Equal(Admin, admin.GetProperty("email").GetString());
        Assert.Equal("org-admin", admin.GetProperty("roles").GetString());
    }

    [Fact]
    public async Task Invite_writes_an_eml_file_with_the_link_into_the_mail_folder_of_REGIE_HOME()
    {
        var id = await CreatedAsync();

        var run = await _home.RunAsync("org", "invite", id, "--email", "or@noord.example", "--role", "works-council,employee", "--base-url", "https://regie.noord.example/", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var link = json.RootElement.GetProperty("link").GetString()!; // the invitation row always has a link
        Assert.StartsWith("https://regie.noord.example/uitnodiging/", link, StringComparison.Ordinal);
        var mail = MimeMessage.Load(Assert.Single(Directory.GetFiles(_home.MailFolder, "*.eml")), TestContext.Current.CancellationToken);
        Assert.Equal("or@noord.example", mail.To.Mailboxes.Single().Address);
        Assert.Contains(link, mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_with_an_unknown_role_exits_3_listing_the_roles()
    {
        var id = await CreatedAsync();

        var run = await _home.RunAsync("org", "invite", id, "--email", "x@noord.example", "--role", "boss", "--lang", "en");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("regie: --role: Unknown role 'boss'. Use one or more of: org-admin, system-owner,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inviting_a_member_again_is_a_conflict()
    {
        var id = await CreatedAsync();

        var run = await _home.RunAsync("org", "invite", id, "--email", Admin, "--role", "employee", "--lang", "en");

        Assert.Equal(5, run.ExitCode);
        Assert.Equal($"regie: {Admin} is already a member of this organisation.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_last_administrator_keeps_that_role()
    {
        var id = await CreatedAsync();

        var run = await _home.RunAsync("org", "roles", id, "--email", Admin, "--role", "employee");

        Assert.Equal(5, run.ExitCode);
        Assert.Equal("regie: Een organisatie heeft minstens één beheerder nodig.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Roles_can_be_added_to_a_member()
    {
        var id = await CreatedAsync();

        var run = await _home.RunAsync("org", "roles", id, "--email", Admin.ToUpperInvariant(), "--role", "org-admin,Auditor", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("org-admin, auditor", json.RootElement.GetProperty("roles").GetString());
    }

    [Theory]
    [InlineData("not-a-guid", 3)]
    [InlineData("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", 4)]
    public async Task An_organisation_id_that_is_malformed_or_unknown_is_refused(string id, int exitCode)
    {
        var run = await _home.RunAsync("org", "show", id);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_audit_log_exports_the_web_APIs_CSV_and_records_the_CLI_as_actor()
    {
        var id = await CreatedAsync();
        await _home.RunAsync("org", "invite", id, "--email", "or@noord.example", "--role", "works-council");
        var file = Path.Combine(_home.Path, "audit.csv");

        var run = await _home.RunAsync("org", "audit", id, "--csv", file, "--lang", "en");
        var printed = await _home.RunAsync("org", "audit", id, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the hash chain is intact", run.Output, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(file)[..3]); // UTF-8 with BOM, for spreadsheet programs
        var lines = File.ReadAllLines(file);
        Assert.Equal("sequence,at_utc,actor_id,actor_name,actor_roles,action,entity_type,entity_id,before,after,previous_hash,hash", lines[0]);
        using var json = JsonDocument.Parse(printed.Output);
        Assert.True(json.RootElement.GetProperty("chainIntact").GetBoolean());
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(lines.Length - 1, events.Count);
        Assert.Equal("system:cli", events[^1].GetProperty("actorId").GetString());
        Assert.Equal("Invitation", events[^1].GetProperty("entityType").GetString());
    }

    private static string[] Create(string kvk) =>
        ["org", "create", "--name", "Zorggroep Noord", "--kvk", kvk, "--sbi", "Q", "--size", "250+", "--admin-email", Admin];

    private async Task<string> CreatedAsync()
    {
        await _home.AddAccountAsync(Admin, "Anna Admin");
        var created = await _home.RunAsync([.. Create("12345678"), "--json"]);
        Assert.Equal(0, created.ExitCode);
        using var json = JsonDocument.Parse(created.Output);
        return json.RootElement.GetProperty("id").GetString()!; // an organisation row always has an id
    }

    private static string Id(CliRun list, string name)
    {
        using var json = JsonDocument.Parse(list.Output);
        return json.RootElement.EnumerateArray().Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetString()!; // ids are never null
    }
}
