using CsCheck;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Monitor.Atlas;

namespace Regie.Monitor.Tests.Atlas;

/// <summary>S_g = Σ w·p(g) / Σ w over groups with a composition: the weighting behind every national, group and sector share.</summary>
public sealed class ClassSharesTests
{
    private static readonly Gen<(double Weight, IloClass[] Units)[]> Groups =
        Gen.Select(Gen.Double[0, 500_000], Gen.Enum<IloClass>().Array[0, 6]).Array[1, 20];

    [Fact]
    public void Shares_sum_to_one_when_any_group_is_scored() =>
        Groups.Sample(groups =>
        {
            var shares = Compute(groups);

            if (shares.Count > 0)
            {
                Assert.Equal(1.0, shares.Sum(s => s.Share), 9);
            }
        });

    [Fact]
    public void Shares_do_not_depend_on_the_order_of_the_groups() =>
        Groups.Sample(groups =>
            Assert.Equal(Compute(groups).Select(s => s.Share), Compute([.. groups.Reverse()]).Select(s => s.Share), (a, b) => Math.Abs(a - b) < 1e-9));

    [Fact]
    public void Scaling_every_weight_keeps_the_shares() =>
        Groups.Sample(groups =>
            Assert.Equal(Compute(groups).Select(s => s.Share), Compute([.. groups.Select(g => (g.Weight * 3.5, g.Units))]).Select(s => s.Share), (a, b) => Math.Abs(a - b) < 1e-9));

    [Fact]
    public void Groups_without_a_scored_unit_group_are_left_out_not_counted_as_not_exposed()
    {
        var shares = Compute([(100, [IloClass.Gradient4]), (900, [])]);

        Assert.Equal(1.0, shares.Single(s => s.ClassId == "gradient-4").Share);
        Assert.Equal(100, shares.Sum(s => s.Persons));
    }

    private static IReadOnlyList<ClassShare> Compute((double Weight, IloClass[] Units)[] groups)
    {
        var compositions = groups.Select((g, i) => (
            Code: BrcCode.Parse((1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Composition: BrcExposure.Composition(
                g.Units.Select((_, k) => IscoCode.UnitGroupFromNumber(1000 + k)),
                g.Units.Select((c, k) => (IscoCode.UnitGroupFromNumber(1000 + k), c)).ToDictionary(x => x.Item1, x => x.c)),
            g.Weight)).ToList();
        var byCode = compositions.ToDictionary(c => c.Code, c => c.Composition);
        return ClassShares.Shares(
            compositions.Select(c => (c.Code, c.Weight)), code => byCode[code], IloClassLabels.All2025, c => c.Id(), c => c.SourceLabel());
    }
}
