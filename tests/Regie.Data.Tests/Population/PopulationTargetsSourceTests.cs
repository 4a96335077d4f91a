using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Data.Files;
using Regie.Monitor.Scenarios.Population;
using Regie.TestKit;

namespace Regie.Data.Tests.Population;

/// <summary>The targets read from the shipped files, and what a broken file does.</summary>
public sealed class PopulationTargetsSourceTests : IDisposable
{
    private readonly TemporaryFolder _data = ShippedDataFolder.CopyToTemporaryFolder();
    private readonly TemporaryFolder _home = new("regie-home");

    public void Dispose()
    {
        _data.Dispose();
        _home.Dispose();
    }

    [Fact]
    public async Task Reads_the_published_figures_with_their_sources()
    {
        var targets = await LoadAsync();

        var h = targets.Households;
        Assert.Equal(new Figure(17_653_766, "cbs-37620", "37620", "2024"), h.PersonsInPrivateHouseholds);
        Assert.Equal(1_302_376 + 3_375_340, h.PartnersWithoutChildren.Value);
        Assert.Equal(197_393 + 573_500, h.CouplesByChildren[0].Value);
        Assert.Equal(new Figure(8_258_900, "cbs-83932ned", "83932NED", "2024"), h.IncomeStatisticsHouseholds);
        Assert.Equal(new Figure(188_200, "cbs-37789ksz", "37789ksz", "2025"), targets.Labour.WwBenefits);
        Assert.Equal(new Figure(13_426_000, "cbs-85224ned", "85224NED", "2025"), targets.Labour.Population15To74);
        Assert.Equal(12, targets.Provinces.Count);
        Assert.Equal(new Figure(132_000, "cbs-86161ned", "86161NED", "2022"), targets.Provinces[0].OnePerson);
        Assert.Equal(114, targets.Occupations.Count);
        Assert.Equal(40, targets.Occupations.Count(o => o.Pay is null));
        Assert.Equal("2024", targets.Sectors.Period);
        Assert.Equal(new Figure(196_500, "cbs-84476ned", "84476NED", "2019*"), targets.Income.WealthMean);
        Assert.Null(targets.Validate());
    }

    [Fact]
    public async Task A_missing_measure_names_the_file_and_the_measure()
    {
        var file = _data.File("cbs_pages/cbs_household_anchors.csv");
        var lines = File.ReadAllLines(file).Where(l => !l.Contains("position_other_household_member", StringComparison.Ordinal));
        File.WriteAllLines(file, lines);

        var error = await Assert.ThrowsAsync<DataFormatException>(LoadAsync);

        Assert.Equal("cbs_pages/cbs_household_anchors.csv", error.File);
        Assert.Contains("position_other_household_member", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_number_names_file_row_and_column()
    {
        var file = _data.File("cbs_statline/derived/cbs_83932NED_household_income_nl_totals.csv");
        var lines = File.ReadAllLines(file);
        lines[2] = lines[2].Replace("7347.6", "many", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var error = await Assert.ThrowsAsync<DataFormatException>(LoadAsync);

        Assert.Equal(("cbs_statline/derived/cbs_83932NED_household_income_nl_totals.csv", 3, "households_thousands"), (error.File, error.Row!.Value, error.Column!));
    }

    private async Task<PopulationTargets> LoadAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = _data.Path,
            ["Data:Home"] = _home.Path,
        }).Build();
        await using var services = new ServiceCollection().AddRegieData(configuration).BuildServiceProvider();
        return await services.GetRequiredService<IPopulationTargetsSource>().LoadAsync(TestContext.Current.CancellationToken);
    }
}
