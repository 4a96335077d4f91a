using System.Text.Json;
using Regie.Core.Reference;
using Regie.Monitor.Atlas;
using Regie.TestKit;

namespace Regie.Monitor.Tests.Atlas;

/// <summary>Same inputs, same output bytes: the atlas must not depend on the order rows arrive in or on hash order.</summary>
public sealed class DeterminismTests(BuiltStore store) : IClassFixture<BuiltStore>
{
    [Fact]
    public void The_same_data_in_another_order_gives_the_same_bytes()
    {
        var r = store.Reference;
        var reversed = r with
        {
            IscoGroups = [.. r.IscoGroups.Reverse()],
            UnitGroups = [.. r.UnitGroups.Reverse()],
            BrcGroups = r.BrcGroups,
            IloScores = [.. r.IloScores.Reverse()],
            IloTasks = r.IloTasks,
            IndexScores = [.. r.IndexScores.Reverse()],
            EscoOccupations = r.EscoOccupations,
            Employment = [.. r.Employment.Reverse()],
            SectorEmployment = [.. r.SectorEmployment.Reverse()],
            SectorEarnings = [.. r.SectorEarnings.Reverse()],
            SubMajorEmployment = [.. r.SubMajorEmployment.Reverse()],
        };

        Assert.Equal(Render(r), Render(reversed));
    }

    private static string Render(ReferenceData reference)
    {
        var model = new AtlasModel(reference);
        var rows = OccupationsView.Rows(model);
        object[] views =
        [
            SummaryView.Build(model),
            rows,
            OccupationDetailView.Build(model, rows, "0811").Value,
            SectorsView.Build(model, 2022).Value,
            SectorsView.Build(model, 2024).Value,
            GroupsView.Build(model),
            IndexComparisonView.Build(model),
        ];
        return string.Join('\n', views.Select(v => JsonSerializer.Serialize(v, v.GetType(), AtlasJson.Options)));
    }
}
