using System.ComponentModel;
using System.Data.Common;
using Regie.Cli.Commands.Workplace;
using Regie.Cli.Hosting;
using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Spectre.Console;

namespace Regie.Cli.Commands.Db;

/// <summary><c>regie db migrate</c>: brings the operational database to the newest schema.</summary>
[Description("Apply the pending migrations of the operational database (SQLite under REGIE_HOME, or PostgreSQL with Storage__Provider=Postgres and ConnectionStrings__Regie).")]
internal sealed class DbMigrateCommand(WorkplaceOutput output, OperationalDatabase database)
    : WorkplaceCommand<DbMigrateCommand.Settings>(output)
{
    public sealed class Settings : WorkplaceSettings;

    protected override async Task<int> RunAsync(Settings settings, Texts texts, CancellationToken ct)
    {
        var name = database.Describe();
        IReadOnlyList<string> applied;
        try
        {
            applied = await database.MigrateAsync(ct);
        }
        catch (DbException failure)
        {
            // Infrastructure failure: up to the host (exit code 1, one line), with the database named.
            throw new DatabaseUnavailableException(texts.Format("Db.Unreachable", name, DatabaseFailure.OneLine(failure)), failure);
        }

        return Output.Show(settings, texts, new MigrationReport(name, applied, []), DbViews.Migrated);
    }
}
