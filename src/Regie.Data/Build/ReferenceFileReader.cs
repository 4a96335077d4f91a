using Regie.Core.Classifications;
using Regie.Core.Reference;
using Regie.Data.Files;
using Regie.Data.Readers;

namespace Regie.Data.Build;

/// <summary>Reads every shipped file into <see cref="ReferenceData"/>, reporting one progress step per source.</summary>
internal static class ReferenceFileReader
{
    public const int Steps = 8;

    public static ReferenceData Read(ShippedData data, DataVersion version, Action<string> step, CancellationToken cancellationToken)
    {
        step("Reading the source catalogue");
        var (sources, disclaimers) = SourceCatalogueReader.Read(data);
        cancellationToken.ThrowIfCancellationRequested();

        step("Reading ISCO-08 and the CBS schakelschema ISCO → BRC 2014");
        var titles = IscoStructureReader.ReadTitles(data);
        var (units, groups) = SchakelschemaReader.Read(data);
        units = [.. units.Select(u => titles.TryGetValue(u.Code, out var title)
            ? u with { TitleEn = title }
            : u with { IsResidual = true })];
        cancellationToken.ThrowIfCancellationRequested();

        step("Reading ILO 2025 and 2023 task scores");
        var (ilo, tasks) = IloWorkbookReader.Read(data);
        cancellationToken.ThrowIfCancellationRequested();

        step("Crosswalking US indices to ISCO-08");
        var us = Readers.UsIndices.UsIndexReader.Read(data);
        var scores = ilo.SelectMany(s => IloIndexScores(s)).Concat(us.Scores)
            .OrderBy(s => s.Index).ThenBy(s => s.Code).ToList();
        cancellationToken.ThrowIfCancellationRequested();

        step("Reading ESCO occupations (nl v1.2, en v1.1.1)");
        var esco = EscoReader.Read(data);
        cancellationToken.ThrowIfCancellationRequested();

        step("Reading CBS employment and pay per BRC group");
        var (employment, periods) = CbsBrcEmploymentReader.Read(data);
        cancellationToken.ThrowIfCancellationRequested();

        step("Reading Eurostat LFS and SES extracts");
        var sectorEmployment = EurostatReader.ReadSectorEmployment(data);
        var earnings = EurostatReader.ReadEarnings(data);
        var subMajor = EurostatReader.ReadSubMajor(data);
        cancellationToken.ThrowIfCancellationRequested();

        step("Reading SBI 2008 sections");
        var sections = SbiReader.ReadSections(data);

        return new ReferenceData(
            version,
            new EmploymentPeriods(periods.Employment, periods.Comparison, periods.Pay),
            titles.Select(t => new IscoGroup(t.Key, t.Value)).ToList(),
            units,
            groups,
            ilo,
            tasks,
            scores,
            esco,
            employment,
            sectorEmployment,
            earnings,
            subMajor,
            sections,
            sources,
            disclaimers);
    }

    private static IEnumerable<IndexScore> IloIndexScores(IloScore s)
    {
        yield return new IndexScore(Core.Exposure.ExposureIndex.Ilo2025, s.Code, s.Mean2025, 1);
        if (s.Mean2023 is { } mean2023)
        {
            yield return new IndexScore(Core.Exposure.ExposureIndex.Ilo2023, s.Code, mean2023, 1);
        }
    }

    /// <summary>Checks that the tables fit together (every BRC group in the employment file exists, and so on).</summary>
    public static void Validate(ReferenceData reference)
    {
        var brc = reference.BrcGroups.Select(g => g.Code).ToHashSet();
        foreach (var row in reference.Employment)
        {
            if (!brc.Contains(row.Code))
            {
                throw new DataFormatException(CbsBrcEmploymentReader.File, null, "code", $"BRC group {row.Code} is not in the schakelschema.");
            }
        }

        var units = reference.UnitGroups.Select(u => u.Code).ToHashSet();
        var missing = reference.IloScores.Where(s => !units.Contains(s.Code)).Select(s => s.Code).FirstOrDefault();
        if (missing != default(IscoCode))
        {
            throw new DataFormatException(IloWorkbookReader.File, null, "ISCO_08", $"unit group {missing} is not in the CBS schakelschema.");
        }
    }
}
