using Microsoft.Extensions.Options;
using Regie.Core.Reference;
using Regie.Data.Build;
using Regie.Data.Files;
using Regie.Monitor.Scenarios.Population;

namespace Regie.Data.Population;

/// <summary>
/// Reads the population targets from data/: the CBS household, income, benefit and labour files directly, the
/// occupation and sector tables from the analytical store. Read once per process.
/// </summary>
internal sealed class PopulationTargetsSource(IReferenceDataSource referenceSource, IOptions<DataOptions> options) : IPopulationTargetsSource
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PopulationTargets? _loaded;

    public async Task<PopulationTargets> LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded is null)
            {
                var reference = await referenceSource.LoadAsync(cancellationToken);
                var data = new ShippedData(DataFolder.Resolve(options.Value));
                _loaded = await Task.Run(() => Read(data, reference), cancellationToken);
            }

            return _loaded;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Builds the targets from a data folder and the reference tables; a malformed file throws <see cref="DataFormatException"/>.</summary>
    internal static PopulationTargets Read(ShippedData data, ReferenceData reference)
    {
        var catalogue = reference.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var missing = PopulationSources.All.FirstOrDefault(id => !catalogue.Contains(id));
        if (missing is not null)
        {
            throw new DataFormatException(ShippedData.CatalogueFile, null, "sources.id", $"the population targets cite source '{missing}', which the catalogue does not list.");
        }

        var income = StatLineReaders.ReadIncome(data);
        var (wealthMean, wealthMedian, gini) = RegionAndPayReaders.ReadInequality(data);
        var targets = new PopulationTargets(
            HouseholdAnchorsReader.Read(data, income.Households, income.PersonsPerHousehold),
            StatLineReaders.ReadLabour(data, StatLineReaders.ReadBenefits(data)),
            ReferenceTargets.Occupations(reference),
            RegionAndPayReaders.ReadEarlierPay(data),
            ReferenceTargets.Sectors(reference),
            RegionAndPayReaders.ReadProvinces(data),
            new IncomeAnchors(income.MeanPrimary, income.MeanGross, wealthMean, wealthMedian, gini, income.StandardisedMean, income.StandardisedMedian));
        return targets.Validate() is { } problem
            ? throw new DataFormatException(ShippedData.CatalogueFile, null, null, $"the population targets read from data/ are inconsistent: {problem}.")
            : targets;
    }
}
