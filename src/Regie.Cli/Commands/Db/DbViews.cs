using Regie.Cli.Localization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Db;

/// <summary>What <c>regie db migrate</c> and <c>regie db status</c> report (the --json shape).</summary>
internal sealed record MigrationReport(string Database, IReadOnlyList<string> Applied, IReadOnlyList<string> Pending)
{
    public bool UpToDate => Pending.Count == 0;
}

/// <summary>The text output of the <c>regie db</c> commands.</summary>
internal static class DbViews
{
    public static IRenderable Migrated(MigrationReport report, Texts t) => report.Applied.Count == 0
        ? new Text(t.Format("Db.AlreadyCurrent", report.Database))
        : new Rows([
            new Text(t.Format("Db.Applied", report.Applied.Count, report.Database), new Style(decoration: Decoration.Bold)),
            .. report.Applied.Select(m => new Text("  " + m)),
        ]);

    public static IRenderable Status(MigrationReport report, Texts t) => report.UpToDate
        ? new Text(t.Format("Db.UpToDate", report.Database))
        : new Rows([
            new Text(t.Format("Db.Pending", report.Pending.Count, report.Database), new Style(decoration: Decoration.Bold)),
            .. report.Pending.Select(m => new Text("  " + m)),
            new Text(t["Db.RunMigrate"]),
        ]);
}

/// <summary>A database failure as one line: the driver's own message, folded, without the stack trace.</summary>
internal static class DatabaseFailure
{
    public static string OneLine(Exception failure)
    {
        var message = failure.InnerException is { } inner && !failure.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{failure.Message} ({inner.Message})"
            : failure.Message;
        return string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

/// <summary>The operational database could not be reached or used; the message names it (never its password).</summary>
internal sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);
