namespace Regie.Monitor.Scenarios.Population.Validation;

/// <summary>Employed persons by NACE section (Eurostat lfsa_eisn2) and households by province and type (86161NED).</summary>
internal static class SectorRegionRows
{
    public static void AddSectors(ReportRows rows, PopulationTargets targets)
    {
        var pop = rows.Population;
        var sectors = targets.Sectors;
        var synthetic = new double[sectors.Sections.Count];
        var total = 0.0;
        var records = 0;
        for (var p = 0; p < pop.PersonCount; p++)
        {
            if (pop.Sector[p] >= 0)
            {
                var w = pop.Weight[pop.HouseholdOf[p]];
                synthetic[pop.Sector[p]] += w;
                total += w;
                records++;
            }
        }

        var published = sectors.Cells.Sum(c => c.Thousands);
        for (var s = 0; s < sectors.Sections.Count; s++)
        {
            var section = sectors.Sections[s];
            var target = sectors.Cells.Where(c => c.Section == section).Sum(c => c.Thousands) / published;
            var cited = new Cited(target, sectors.SourceId, sectors.Table, sectors.Period);
            rows.Share("sector", "sector.employed-share", section, cited, total > 0 ? synthetic[s] / total : 0, 0.005, records);
        }
    }

    public static void AddProvinces(ReportRows rows, PopulationTargets targets)
    {
        var pop = rows.Population;
        HouseholdType[] types = [HouseholdType.OnePerson, HouseholdType.SingleParent, HouseholdType.CoupleWithoutChildren, HouseholdType.CoupleWithChildren];
        var count = new double[12, 5];
        var records = new int[5];
        for (var h = 0; h < pop.HouseholdCount; h++)
        {
            count[(int)pop.Province[h], (int)pop.Type[h]] += pop.Weight[h];
            records[(int)pop.Type[h]]++;
        }

        foreach (var type in types)
        {
            var totalTarget = targets.Provinces.Sum(p => p.Of(type)!.Value); // the four types always have figures
            var totalSynthetic = Enumerable.Range(0, 12).Sum(p => count[p, (int)type]);
            foreach (var province in targets.Provinces)
            {
                var figure = province.Of(type)!; // as above
                rows.Share("region", "region.household-share", $"{province.Code} {province.Province}, {Label(type)}", Cited.Of(figure) with { Value = figure.Value / totalTarget },
                    totalSynthetic > 0 ? count[(int)province.Province, (int)type] / totalSynthetic : 0, 0.001, records[(int)type]);
            }
        }
    }

    private static string Label(HouseholdType type) => type switch
    {
        HouseholdType.OnePerson => "one person",
        HouseholdType.SingleParent => "single parent",
        HouseholdType.CoupleWithoutChildren => "couple without children",
        _ => "couple with children",
    };
}
