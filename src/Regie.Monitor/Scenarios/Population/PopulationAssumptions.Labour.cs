namespace Regie.Monitor.Scenarios.Population;

public static partial class PopulationAssumptions
{
    /// <summary>Employment rates before raking, by age band (upper age of band → rate), and the cap on any cell's rate.</summary>
    internal static readonly (int UpTo, double Rate)[] EmploymentByAge = [(17, 0.55), (24, 0.75), (54, 0.87), (66, 0.72), (74, 0.12)];

    internal const double EmploymentRateCap = 0.97;

    /// <summary>Bijstand (below AOW age): share of benefit households by type (one person, single parent, couple without, couple with children).</summary>
    internal static readonly double[] BijstandByType = [0.60, 0.22, 0.07, 0.11];

    /// <summary>Bijstand: selection weight by the head's education (low, middle, high) and the youngest head.</summary>
    internal static readonly double[] BijstandEducationWeight = [3.0, 1.5, 0.4];

    internal const int BijstandMinimumAge = 21;

    /// <summary>Bijstand from AOW age: share of singles (the rest are couples).</summary>
    internal const double BijstandAtAowSingles = 0.80;

    /// <summary>WW stock by age band (upper age → share); children at home younger than this are students, not WW recipients.</summary>
    internal static readonly (int UpTo, double Share)[] WwByAge = [(24, 0.06), (34, 0.20), (44, 0.18), (54, 0.20), (66, 0.36)];

    internal const int StudentAgeLimit = 23;

    /// <summary>Self-employment selection weights: men (women = 1); by age band; by education (low, middle, high); with staff from age 35.</summary>
    internal const double SelfEmploymentMen = 1.5;

    internal static readonly (int UpTo, double Weight)[] SelfEmploymentByAge = [(24, 0.15), (34, 0.6), (54, 1.0), (66, 1.3), (74, 3.0)];

    internal static readonly double[] SelfEmploymentByEducation = [0.9, 1.0, 1.2];

    internal const double WithStaffFrom35 = 2.0;

    /// <summary>Hours: latent-score shifts; hours within the bands.</summary>
    internal const double HoursWomen = -0.8;
    internal const double HoursAged15To17 = -3.0;
    internal const double HoursStudents = -2.0;
    internal const double HoursAged55To66 = -0.2;
    internal const double HoursAtAowAge = -1.2;
    internal const double HoursMothersOfYoungChildren = -0.5;
    internal const double HoursSelfEmployed = 0.3;
    internal const int YoungChildAge = 12;
    internal const int ShortHoursMin = 6;
    internal static readonly (int Hours, double Share)[] FullTimeHours = [(36, 0.30), (38, 0.25), (40, 0.45)];

    private static IEnumerable<PopulationAssumption> LabourAssumptions()
    {
        yield return new(
            "labour.employment-by-age",
            $"Employment rates by age band before raking; each rate is multiplied by a factor per sex and per education level, fitted so that employed persons match 85224NED by education and the women share of the BRC groups (85276NED); no cell above {Pct(EmploymentRateCap)}. Within a cell (age band × sex × education) the employed are drawn at random, so partners' jobs are independent.",
            string.Join(", ", EmploymentByAge.Select((b, i) => $"{(i == 0 ? 15 : EmploymentByAge[i - 1].UpTo + 1)}–{b.UpTo}: {Pct(b.Rate)}")),
            "85224NED has no age or sex breakdown; the profile is the familiar Dutch one (many teenagers with small jobs, early exit after 60, a few working pensioners).",
            "CBS 85264NED / 80590ned employment by age and sex.",
            AssumptionStatus.Verify);
        yield return new(
            "labour.bijstand-households",
            $"Bijstand benefits below AOW age (37789ksz) are households: by type one person / single parent / couple without / couple with children; the head is at least {BijstandMinimumAge}; drawn with weights by the head's education (low / middle / high). Adults of a bijstand household do not work. From AOW age: this share singles, the rest couples.",
            $"{string.Join(" / ", BijstandByType.Select(Pct))}; weights {string.Join(" / ", BijstandEducationWeight.Select(w => F(w, 1)))}; from AOW age {Pct(BijstandAtAowSingles)} singles",
            "Bijstand is a household benefit mostly received by singles and single parents with little education; no breakdown is on disk.",
            "CBS 82016NED (bijstand by household type, age, education) and SVB AIO statistics.",
            AssumptionStatus.Estimate);
        yield return new(
            "labour.ww-by-age",
            $"WW recipients (37789ksz, benefits ≈ persons) by age band; they are not employed (partial WW is not modelled), not in a bijstand household and not children at home under {StudentAgeLimit}.",
            string.Join(", ", WwByAge.Select((b, i) => $"{(i == 0 ? 18 : WwByAge[i - 1].UpTo + 1)}–{b.UpTo}: {Pct(b.Share)}")),
            "Older workers stay longer in WW, so they are a large part of the stock.",
            "UWV / CBS WW benefits by age (e.g. 37789ksz is national only; CBS 80072ned or UWV monthly figures).",
            AssumptionStatus.Verify);
        yield return new(
            "labour.self-employment",
            $"The self-employed (85224NED) are drawn from the employed with weights: men {F(SelfEmploymentMen, 1)} (women 1); by age band; by education low / middle / high. Those with staff (85224NED) are drawn from them with weight {F(WithStaffFrom35, 1)} from age 35.",
            $"{string.Join(", ", SelfEmploymentByAge.Select(b => $"≤{b.UpTo}: {F(b.Weight)}"))}; education {string.Join(" / ", SelfEmploymentByEducation.Select(w => F(w)))}",
            "Self-employment is more common among men and older workers.",
            "CBS self-employed by sex, age and education (e.g. 85226NED).",
            AssumptionStatus.Estimate);
        yield return new(
            "labour.hours",
            $"Hours bands (85224NED) by rank on a latent score of normal noise plus shifts: women {F(HoursWomen)}, aged 15–17 {F(HoursAged15To17)}, children at home under {StudentAgeLimit} {F(HoursStudents)}, 55–66 {F(HoursAged55To66)}, AOW age {F(HoursAtAowAge)}, mothers of a child under {YoungChildAge} at home {F(HoursMothersOfYoungChildren)}, self-employed +{F(HoursSelfEmployed)}. Within bands: under 20 h evenly {ShortHoursMin}–19; 20–35 h evenly 20–34; full time {string.Join(" / ", FullTimeHours.Select(h => $"{h.Hours} h {Pct(h.Share)}"))}. Hours are also kept for the self-employed.",
            "see text",
            "Part-time work in the Netherlands is concentrated among women, students and older workers; no breakdown is on disk.",
            "CBS employed by working hours, sex and age (e.g. 85275NED).",
            AssumptionStatus.Estimate);
        yield return new(
            "labour.other-statuses",
            $"Persons who do not work and get no WW or bijstand: children at home under {OldestChildAtHome + 1} and everyone under 15 are 'child or student', persons at AOW age 'retired', all others 'inactive' (incl. the LFS unemployed without WW, disability benefits and carers).",
            "rule",
            "The contract's statuses are exclusive; only WW and bijstand are modelled benefits.",
            "—",
            AssumptionStatus.Method);
        yield return new(
            "occupation.joint-assignment",
            "Employed persons get a BRC group by iterative proportional fitting of group × sex × education: group employment (85276NED, scaled to 85224NED's employed), women share and higher-education share per group, and the synthetic employed persons' sex × education cells (which are exact). No link between group and age, hours or self-employment.",
            "IPF, 100 rounds",
            "85276NED gives the three margins per group; nothing on disk links groups to age or hours.",
            "CBS employed by occupation, age and working hours (85276NED has more dimensions).",
            AssumptionStatus.Method);
        yield return new(
            "sector.from-major-group",
            "A group's ISCO major groups are those of its unit groups (CBS schakelschema), weighted by the number of unit groups and fitted to Eurostat's employment by major group; a person's NACE section follows Eurostat's section × major group matrix of the latest year (suppressed cells count as 0).",
            "IPF, 200 rounds",
            "The BRC has no sector; Eurostat lfsa_eisn2 links sectors to ISCO major groups, the schakelschema links BRC to ISCO.",
            "CBS employed by occupation and sector (BRC × SBI).",
            AssumptionStatus.Method);
    }
}
