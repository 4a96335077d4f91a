using CsCheck;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class BijstandRulesTests
{
    [Theory]
    [InlineData("2024-07-01", 130845, 186921)]
    [InlineData("2025-01-01", 134545, 192207)]
    [InlineData("2025-07-01", 136906, 195580)] // 0.7 × 1,955.80 = 1,369.06
    public void Single_and_couple_norms_match_the_published_tables(string date, long single, long couple)
    {
        var law = ShippedRules.On(date);

        Assert.Equal(single, BijstandRules.Norm(Single(age: 35, sharers: 1), law).MonthlyCents);
        Assert.Equal(couple, BijstandRules.Norm(Couple(35, 40, sharers: 2), law).MonthlyCents);
    }

    [Theory]
    [InlineData(1, 70.00)]
    [InlineData(2, 50.00)]
    [InlineData(3, 43.33)]
    [InlineData(4, 40.00)]
    [InlineData(5, 38.00)]
    [InlineData(6, 36.67)]
    public void The_kostendelersnorm_is_40_plus_30_A_over_A_percent_of_the_couple_norm(int sharers, double percent)
    {
        var law = ShippedRules.On("2025-07-01");

        var norm = BijstandRules.Norm(Single(age: 35, sharers), law).MonthlyCents;

        Assert.Equal((decimal)percent, Math.Round(100m * norm / 195580, 2));
        Assert.Equal(Rounding.Cents(195580m * (40 + (30 * sharers)) / (100 * sharers)), norm);
    }

    [Fact]
    public void A_couple_with_no_other_cost_sharers_gets_exactly_the_couple_norm_even_for_an_odd_cent_amount()
    {
        var norm = BijstandRules.Norm(Couple(30, 30, sharers: 2), ShippedRules.On("2024-07-01"));

        Assert.Equal(186921, norm.MonthlyCents);
    }

    [Fact]
    public void A_couple_sharing_with_one_adult_child_gets_twice_the_three_sharer_norm()
    {
        var norm = BijstandRules.Norm(Couple(50, 52, sharers: 3), ShippedRules.On("2025-07-01"));

        Assert.Equal(169503, norm.MonthlyCents); // 2 × 1,955.80 × 130/300 = 1,695.03
    }

    [Fact]
    public void At_AOW_age_the_AOW_norms_apply()
    {
        var law = ShippedRules.On("2025-07-01");

        Assert.Equal(153021, BijstandRules.Norm(Single(age: 70, sharers: 1), law).MonthlyCents);
        Assert.Equal(209498, BijstandRules.Norm(Couple(68, 70, sharers: 2), law).MonthlyCents);
        Assert.Equal(195580, BijstandRules.Norm(Couple(68, 60, sharers: 2), law).MonthlyCents);
    }

    [Fact]
    public void Young_people_get_the_youth_norm_without_kostendelersnorm()
    {
        var law = ShippedRules.On("2024-07-01");

        Assert.Equal(32303, BijstandRules.Norm(Single(age: 19, sharers: 3), law).MonthlyCents);
        Assert.Equal(0, BijstandRules.Norm(Single(age: 17, sharers: 1), law).MonthlyCents);
    }

    [Fact]
    public void Assets_above_the_limit_mean_no_bijstand()
    {
        var law = ShippedRules.On("2025-07-01");
        var unit = Single(age: 40, sharers: 1);
        var norm = BijstandRules.Norm(unit, law);

        var atLimit = BijstandRules.Award(norm, 0, 0, 760500, unit, law);
        var above = BijstandRules.Award(norm, 0, 0, 760501, unit, law);
        var singleParent = BijstandRules.Award(norm, 0, 0, 760501, unit with { HasChildren = true }, law);

        Assert.Equal((136906, false), (atLimit.MonthlyCents, atLimit.AssetTestFailed));
        Assert.Equal((0, true), (above.MonthlyCents, above.AssetTestFailed));
        Assert.False(singleParent.AssetTestFailed);
    }

    [Fact]
    public void A_quarter_of_earnings_up_to_the_maximum_is_left_out_of_the_means_test()
    {
        var law = ShippedRules.On("2025-07-01");
        var unit = Single(age: 40, sharers: 1);
        var norm = BijstandRules.Norm(unit, law);

        var small = BijstandRules.Award(norm, 40000, 40000, 0, unit, law);
        var large = BijstandRules.Award(norm, 120000, 120000, 0, unit, law);

        Assert.Equal(136906 - (40000 - 10000), small.MonthlyCents);
        Assert.Equal(136906 - (120000 - 26900), large.MonthlyCents);
    }

    [Fact]
    public void Income_above_the_norm_gives_no_bijstand()
    {
        var law = ShippedRules.On("2025-07-01");
        var unit = Single(age: 40, sharers: 1);

        Assert.Equal(0, BijstandRules.Award(BijstandRules.Norm(unit, law), 200000, 0, 0, unit, law).MonthlyCents);
    }

    [Fact]
    public void Raising_the_couple_norm_never_lowers_an_award() =>
        Gen.Select(Units, Gen.Long[0, 400_000], Gen.Long[0, 400_000], Gen.Long[0, 3_000_000], Gen.Long[0, 100_000], Gen.Int[0, 4])
            .Sample((unit, income, earnings, assets, raise, date) =>
            {
                var law = ShippedRules.RuleBook.AsOf(ShippedRules.HalfYears[date]).Value;
                var reformed = law.WithOverride(RuleIds.Bijstand.NormCouple, law.Bijstand.NormCouple.Number + raise, "test").Value;

                var before = BijstandRules.Award(BijstandRules.Norm(unit, law), income, earnings, assets, unit, law);
                var after = BijstandRules.Award(BijstandRules.Norm(unit, reformed), income, earnings, assets, unit, reformed);

                Assert.True(after.MonthlyCents >= before.MonthlyCents, $"{after.MonthlyCents} < {before.MonthlyCents}");
            });

    internal static Gen<BijstandUnit> Units { get; } =
        Gen.Select(Gen.Bool, Gen.Int[16, 90], Gen.Int[16, 90], Gen.Int[0, 6], Gen.Bool)
            .Select((couple, age, partner, extra, children) => new BijstandUnit(couple, age, partner, (couple ? 2 : 1) + extra, children));

    private static BijstandUnit Single(int age, int sharers) => new(false, age, 0, sharers, false);

    private static BijstandUnit Couple(int age, int partner, int sharers) => new(true, age, partner, sharers, false);
}
