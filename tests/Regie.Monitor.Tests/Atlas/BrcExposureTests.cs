using CsCheck;
using Regie.Core.Classifications;
using Regie.Core.Exposure;
using Regie.Monitor.Atlas;

namespace Regie.Monitor.Tests.Atlas;

public sealed class BrcExposureTests
{
    private static readonly Gen<(string Code, double Score, IloClass Class)[]> Units =
        Gen.Select(Gen.Int[1000, 9999], Gen.Double[0, 1], Gen.Enum<IloClass>()).Array[1, 25]
            .Select(a => a.DistinctBy(u => u.Item1).Select(u => (u.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture), u.Item2, u.Item3)).ToArray());

    [Fact]
    public void Mean_lies_between_the_smallest_and_largest_unit_score() =>
        Units.Sample(units =>
        {
            var (codes, scores) = Split(units);

            var mean = BrcExposure.Mean(codes, scores)!.Value;

            Assert.InRange(mean, scores.Values.Min() - 1e-12, scores.Values.Max() + 1e-12);
        });

    [Fact]
    public void Mean_does_not_depend_on_the_order_of_unit_groups() =>
        Units.Select(Gen.Int).Sample((units, seed) =>
        {
            var (codes, scores) = Split(units);
            var random = new Random(seed);

            var shuffled = codes.OrderBy(_ => random.Next()).ToList();

            Assert.Equal(BrcExposure.Mean(codes, scores)!.Value, BrcExposure.Mean(shuffled, scores)!.Value, 12);
        });

    [Fact]
    public void Unscored_unit_groups_are_left_out_not_counted_as_zero()
    {
        var scores = new Dictionary<IscoCode, double> { [IscoCode.Parse("4110")] = 0.6 };

        var mean = BrcExposure.Mean([IscoCode.Parse("4110"), IscoCode.Parse("4120")], scores);

        Assert.Equal(0.6, mean);
    }

    [Fact]
    public void A_group_without_scored_unit_groups_has_no_score() =>
        Assert.Null(BrcExposure.Mean([IscoCode.Parse("0110")], new Dictionary<IscoCode, double>()));

    [Fact]
    public void Class_composition_sums_to_one() =>
        Units.Sample(units =>
        {
            var classes = units.ToDictionary(u => IscoCode.Parse(u.Code), u => u.Class);

            var composition = BrcExposure.Composition(classes.Keys, classes);

            Assert.Equal(1.0, composition.Values.Sum(), 12);
        });

    [Fact]
    public void Dominant_class_ties_go_to_the_more_exposed_class()
    {
        var composition = new Dictionary<IloClass, double> { [IloClass.NotExposed] = 0.5, [IloClass.Gradient2] = 0.5 };

        Assert.Equal(IloClass.Gradient2, BrcExposure.Dominant(composition));
    }

    private static (List<IscoCode> Codes, Dictionary<IscoCode, double> Scores) Split((string Code, double Score, IloClass Class)[] units) =>
        (units.Select(u => IscoCode.Parse(u.Code)).ToList(), units.ToDictionary(u => IscoCode.Parse(u.Code), u => u.Score));
}
