using System.ComponentModel;
using System.Data.Common;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;

namespace Regie.Cli.Commands.Db;

/// <summary>
/// <c>regie db status</c>: lists pending migrations. Exit code 0 when the database is up to date, 5 (conflict: the
/// database is behind this version of Regie) when migrations are pending, so a deploy script can run
/// <c>regie db status || regie db migrate</c>.
/// </summary>
[Description("List the pending migrations of the operational database. Exit code 0 when it is up to date, 5 when migrations are pending.")]
internal sealed class DbStatusCommand(WorkplaceOutput output, OperationalDatabase database)
    : WorkplaceCommand<DbStatusCommand.Settings>(output)
{
    public sealed class Settings : WorkplaceSettings;

    protected override async Task<int> RunAsync(Settings settings, Texts texts, CancellationToken ct)
    {
        var name = database.Describe();
        IReadOnlyList<string> pending;
        try
        {
            pending = await database.PendingAsync(ct);
        }
        catch (DbException failure)
        {
            // Infrastructure failure: up to the host (exit code 1, one line), with the database named.
            throw new DatabaseUnavailableException(texts.Format("Db.Unreachable", name, DatabaseFailure.OneLine(failure)), failure);
        }

        var shown = Output.Show(settings, texts, new MigrationReport(name, [], pending), DbViews.Status);
        return shown == ExitCodes.Ok && pending.Count > 0 ? ExitCodes.Conflict : shown;
    }
}
