using System.ComponentModel;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Regie.Workplace.Audit;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Org;

/// <summary><c>regie org audit ID</c>: the whole audit log, checked for an intact hash chain; optionally as CSV.</summary>
[Description("The organisation's audit log in order, with a check of its hash chain. --csv writes the same CSV as the web API's export.")]
internal sealed class OrgAuditCommand(WorkplaceOutput output, WorkplaceSessions sessions)
    : OrganisationCommand<OrgAuditCommand.Settings>(output, sessions)
{
    public sealed class Settings : OrganisationSettings
    {
        [CommandOption("--csv <FILE>")]
        [Description("Write the log to this CSV file (RFC 4180, UTF-8) instead of printing the events.")]
        public string? Csv { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, WorkplaceSession session, Texts texts, CancellationToken ct)
    {
        // The CLI's system actor passes every permission check, so the export always carries a value.
        var events = (await session.Get<AuditLog>().ExportAsync(ct)).Value;
        var firstBreak = AuditChain.FirstBreak(events);
        string? file = null;
        if (settings.Csv is { Length: > 0 } path)
        {
            file = Path.GetFullPath(path);
            await File.WriteAllBytesAsync(file, AuditCsv.Write(events), ct);
        }

        var view = new AuditLogView(firstBreak is null, firstBreak, file is null ? [.. events.Select(AuditEventRow.Of)] : [], file);
        return Output.Show(settings, texts, view, (v, t) => Render(v, events.Count, t));
    }

    private static IRenderable Render(AuditLogView view, int count, Texts t)
    {
        var chain = view.ChainIntact
            ? new Text(t.Format("Audit.ChainIntact", count), new Style(decoration: Decoration.Bold))
            : new Text(t.Format("Audit.ChainBroken", view.FirstBreak), new Style(Color.Red, decoration: Decoration.Bold));
        if (view.CsvFile is { } file)
        {
            return new Rows(chain, new Text(t.Format("Audit.Written", count, file)));
        }

        var table = new Table().Title(t["Audit.Title"]).AddNumberColumn("#").AddTextColumn(t["Column.When"]).AddTextColumn(t["Column.Actor"])
            .AddTextColumn(t["Column.Action"]).AddTextColumn(t["Column.What"]).AddTextColumn(t["Column.Id"]);
        foreach (var e in view.Events)
        {
            table.AddTextRow(e.Sequence.ToString(t.Culture), WorkplaceLabels.Moment(e.At), e.ActorName, e.Action, e.EntityType, e.EntityId);
        }

        return new Rows(table, chain);
    }
}
