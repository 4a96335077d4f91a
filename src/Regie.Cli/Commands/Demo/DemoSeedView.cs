using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Demo;

/// <summary>What <c>regie demo seed</c> prints.</summary>
internal static class DemoSeedView
{
    public static IRenderable Seeded(DemoResult result, Texts t)
    {
        var accounts = new Table().Title(t["Demo.AccountsTitle"]).AddTextColumn(t["Column.Role"]).AddTextColumn(t["Column.Email"]);
        foreach (var a in result.Accounts)
        {
            accounts.AddTextRow(t.Roles(a.Role), a.Email);
        }

        var systems = new Table().Title(t["Demo.SystemsTitle"]).AddTextColumn(t["Column.Name"])
            .AddTextColumn(t["Column.RiskClass"]).AddTextColumn(t["Column.Status"]);
        foreach (var s in result.AiSystems)
        {
            systems.AddTextRow(s.Name, t.RiskClass(s.RiskClass), t.Status(s.Status));
        }

        var password = result.Password is { } p
            ? new Rows(new Text(t["Demo.PasswordGenerated"], new Style(decoration: Decoration.Bold)), new Text("    " + p))
            : (IRenderable)new Text(t["Demo.PasswordGiven"]);
        return new Rows(
            new Text(t.Format("Demo.Created", result.Name, result.OrganisationId), new Style(decoration: Decoration.Bold)),
            new Text(t["Demo.Fictitious"]),
            Footnotes.Gap,
            accounts,
            Footnotes.Gap,
            systems,
            new Text(t.Format(result.AuditChainIntact ? "Demo.Audit" : "Demo.AuditBroken", result.AuditEvents)),
            Footnotes.Gap,
            password,
            Footnotes.Gap,
            SignIn(result.SignIn, t));
    }

    public static IRenderable AlreadyThere(DemoAlreadyThere there, Texts t) => new Rows(
    [
        new Text(t["Demo.Exists"], new Style(decoration: Decoration.Bold)),
        .. there.Existing.Select(o => new Text($"  {o.Name} ({o.Id})")),
        new Text(t["Demo.ExistsHint"]),
        SignIn(there.SignIn, t),
    ]);

    /// <summary>
    /// The web host reads the same settings (README): from the repository root, <c>dotnet run --project src/Regie.Web</c>
    /// would run in src/Regie.Web and use another REGIE_HOME, so the command to start it names this one.
    /// </summary>
    private static Rows SignIn(DemoSignIn signIn, Texts t) => new(
        new Text(t.Format("Demo.StoredIn", signIn.Database)),
        new Text(t.Format("Demo.SignIn", signIn.Url)),
        new Text($"    REGIE_HOME=\"{signIn.RegieHome}\" dotnet run --project src/Regie.Web"));
}
