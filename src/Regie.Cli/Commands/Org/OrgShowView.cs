using Regie.Cli.Localization;
using Regie.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Regie.Cli.Commands.Org;

/// <summary>The tables of <c>regie org show ID</c>.</summary>
internal static class OrgShowView
{
    public static IRenderable Render(OrganisationDetail detail, Texts t)
    {
        var o = detail.Organisation;
        var figures = new Table().Title(o.Name).AddTextColumn(t["Column.Field"]).AddTextColumn(t["Column.Value"]);
        figures.AddTextRow(t["Column.Id"], o.Id.ToString());
        figures.AddTextRow(t["Column.Kvk"], o.KvkNumber);
        figures.AddTextRow(t["Column.Sbi"], o.SbiSection);
        figures.AddTextRow(t["Column.Size"], WorkplaceLabels.Size(o.Size));
        figures.AddTextRow(t["Column.WorksCouncil"], t.YesNo(o.HasWorksCouncil));
        figures.AddTextRow(t["Column.Members"], t.Count(o.Members));
        figures.AddTextRow(t["Column.Created"], WorkplaceLabels.Moment(o.CreatedAt));

        var units = new Table().Title(t["Org.Units"]).AddTextColumn(t["Column.Name"]).AddTextColumn(t["Column.PartOf"]);
        foreach (var u in detail.Units)
        {
            units.AddTextRow(u.Name, u.Parent ?? "");
        }

        var groups = new Table().Title(t["Org.WorkerGroups"]).AddTextColumn(t["Column.Name"]).AddTextColumn(t["Column.Unit"])
            .AddTextColumn(t["Column.Contracts"]).AddTextColumn(t["Column.Headcount"]).AddTextColumn(t["Column.Location"]);
        foreach (var g in detail.WorkerGroups)
        {
            groups.AddTextRow(g.Name, g.Unit ?? "", t.Contracts(g.ContractTypes), WorkplaceLabels.Headcount(g.Headcount), g.Location ?? "");
        }

        var profiles = new Table().Title(t["Org.JobProfiles"]).AddTextColumn(t["Column.Title"]).AddTextColumn(t["Column.Isco"])
            .AddTextColumn(t["Column.WorkerGroup"]).AddNumberColumn(t["Column.Tasks"]);
        foreach (var p in detail.JobProfiles)
        {
            profiles.AddTextRow(p.Title, p.IscoCode, p.WorkerGroup ?? "", t.Count(p.Tasks));
        }

        var systems = new Table().Title(t["Org.AiSystems"]).AddTextColumn(t["Column.Name"]).AddTextColumn(t["Column.Provider"])
            .AddTextColumn(t["Column.Status"]).AddTextColumn(t["Column.RiskClass"]).AddNumberColumn(t["Column.OpenDuties"])
            .AddNumberColumn(t["Column.Overseers"]);
        foreach (var s in detail.AiSystems)
        {
            systems.AddTextRow(s.Name, s.Provider, t.Status(s.Status), t.RiskClass(s.RiskClass),
                t.Format("Common.Of", s.OpenDuties, s.Duties), t.Count(s.Overseers));
        }

        return new Rows(figures, Footnotes.Gap, units, Footnotes.Gap, groups, Footnotes.Gap, profiles, Footnotes.Gap, systems);
    }
}
