using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Org;

/// <summary>The output of <c>regie org list</c>: a table on a wide console, two lines per organisation on a narrow one.</summary>
internal static class OrgListView
{
    /// <summary>The console width from which the table fits without wrapping names or ids.</summary>
    public const int TableWidth = 110;

    public static IRenderable Render(IReadOnlyList<OrganisationRow> rows, int width, Texts t)
    {
        if (rows.Count == 0)
        {
            return new Text(t["Org.NoneYet"]);
        }

        return width >= TableWidth ? Table(rows, t) : new Rows(rows.SelectMany(o => Lines(o, t)));
    }

    private static Table Table(IReadOnlyList<OrganisationRow> rows, Texts t)
    {
        // The id is what the other org commands take: never wrapped, so it can be copied in one piece.
        var table = new Table().Title(t["Org.ListTitle"])
            .AddColumn(new TableColumn(new Text(t["Column.Id"], new Style(decoration: Decoration.Bold))).NoWrap())
            .AddTextColumn(t["Column.Name"]).AddTextColumn(t["Column.Kvk"]).AddTextColumn(t["Column.Sbi"]).AddTextColumn(t["Column.Size"])
            .AddNumberColumn(t["Column.Members"]).AddNumberColumn(t["Column.AiSystems"]);
        foreach (var o in rows)
        {
            table.AddTextRow(o.Id.ToString(), o.Name, o.KvkNumber, o.SbiSection, WorkplaceLabels.Size(o.Size), t.Count(o.Members), t.Count(o.AiSystems));
        }

        return table;
    }

    private static IEnumerable<IRenderable> Lines(OrganisationRow o, Texts t) =>
    [
        new Text($"{o.Name} ({t.Format("Org.Counts", t.Count(o.Members), t.Count(o.AiSystems))})", new Style(decoration: Decoration.Bold)),
        new Text($"  {o.Id}  {t["Column.Kvk"]} {o.KvkNumber}  {t["Column.Sbi"]} {o.SbiSection}  {WorkplaceLabels.Size(o.Size)}"),
    ];
}
