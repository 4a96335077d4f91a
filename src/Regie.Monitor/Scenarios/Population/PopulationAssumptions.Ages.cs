namespace Regie.Monitor.Scenarios.Population;

public static partial class PopulationAssumptions
{
    /// <summary>The AOW (state pension) age in the labour year.</summary>
    internal const int AowAge = 67;

    /// <summary>Share of AOW benefits that go to persons living in Dutch private households.</summary>
    internal const double AowInPrivateHouseholds = 0.85;

    /// <summary>Share of persons at or above AOW age who are younger than 75.</summary>
    internal const double AowAgeUnder75 = 0.48;

    /// <summary>Share of persons at or above AOW age who live alone.</summary>
    internal const double SeniorsAlone = 0.32;

    /// <summary>Oldest age of a child living at home.</summary>
    internal const int OldestChildAtHome = 29;

    /// <summary>Years between siblings.</summary>
    internal const double SiblingSpacing = 2.5;

    /// <summary>A parent is this many years older than the oldest child at home (uniform, inclusive).</summary>
    internal const int ParentAgeGapMin = 22;
    internal const int ParentAgeGapMax = 36;

    /// <summary>
    /// Ages below AOW age of singles and of heads of couples without children: bands (first, last age) with the
    /// share of persons in each, evenly spread within a band.
    /// </summary>
    internal static readonly (int From, int To, double Share)[] SinglesByAge = [(18, 24, 0.14), (25, 34, 0.26), (35, 44, 0.14), (45, 54, 0.18), (55, 66, 0.28)];

    internal static readonly (int From, int To, double Share)[] ChildlessCouplesByAge = [(20, 29, 0.17), (30, 39, 0.12), (40, 49, 0.08), (50, 59, 0.30), (60, 66, 0.33)];

    /// <summary>Standard deviation of the age gap between partners (years).</summary>
    internal const double PartnerAgeGapSd = 3.0;

    /// <summary>Education: latent-score age profile (upper age of band → shift), partner correlation, shares at 75+.</summary>
    internal static readonly (int UpTo, double Shift)[] EducationAgeProfile =
        [(20, -1.2), (24, -0.3), (34, 0.35), (44, 0.25), (54, 0.0), (64, -0.25), (74, -0.45)];

    internal const double PartnerEducationCorrelation = 0.5;

    internal static readonly double[] EducationAt75Plus = [0.45, 0.33, 0.22];

    private static IEnumerable<PopulationAssumption> AgeAssumptions()
    {
        yield return new(
            "age.aow-age",
            "The AOW age in the labour year is 67 (it is 67 from 2024 to 2027).",
            AowAge.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "The AOW age splits working age from pension age for every rule; taken from general knowledge.",
            "SVB / Algemene Ouderdomswet art. 7a (the rules' parameter files once they carry it).",
            AssumptionStatus.Verify);
        yield return new(
            "age.aow-in-private-households",
            "Persons at or above AOW age in Dutch private households = AOW benefits (37789ksz) × this share: AOW is also paid to people living abroad (about a tenth) and to residents of institutions (37620: 289 thousand persons in institutional households).",
            Pct(AowInPrivateHouseholds),
            "The shipped data have no age breakdown of the population; the AOW stock is the nearest count of persons at pension age.",
            "CBS 37620 by age, or 7461bev (population by age), for persons in private households.",
            AssumptionStatus.Verify);
        yield return new(
            "age.pension-age-bands",
            $"Of the persons at or above AOW age this share is {AowAge}–74 (ages spread evenly); the others are 75–99 with a density falling linearly to zero at 100.",
            Pct(AowAgeUnder75),
            "Matches the rough shape of the Dutch population pyramid; no age table is on disk.",
            "CBS 7461bev (population by age) or 37620 by age.",
            AssumptionStatus.Estimate);
        yield return new(
            "age.seniors-living-alone",
            "Share of persons at or above AOW age who live alone; the others live as couples without children at home, both partners at or above AOW age. No single parents or other members are of AOW age.",
            Pct(SeniorsAlone),
            "Older people mostly live alone (often widowed) or as a couple; no breakdown by age and position is on disk.",
            "CBS 37620 by age and position in the household.",
            AssumptionStatus.Estimate);
        yield return new(
            "age.children",
            $"Everyone aged 0–14 is a child living at home; their number is what remains of all persons after 85224NED's persons 15–74 and the persons aged 75+. Children 0–14 are spread evenly over the ages; children of 15+ at home over 15–{OldestChildAtHome} with a density falling linearly. Siblings are about {F(SiblingSpacing, 1)} years apart.",
            $"0–14 even; 15–{OldestChildAtHome} falling; spacing {F(SiblingSpacing, 1)} years",
            "The shipped data have persons 15–74 (85224NED) and children at home (37620) but no ages; the identity fixes the number of children under 15.",
            "CBS 37620 by age and position.",
            AssumptionStatus.Estimate);
        yield return new(
            "age.parents-and-partners",
            $"A parent is {ParentAgeGapMin}–{ParentAgeGapMax} years older than the oldest child at home (even spread); a partner's age differs from the head's by a normal gap (SD {F(PartnerAgeGapSd, 1)} years). Below AOW age, singles and heads of couples without children follow the age bands given (evenly spread within a band: young singles and couples before children, empty nesters after); other members of family households are 18–66 and members of other multi-person households 18–40, evenly spread.",
            $"{ParentAgeGapMin}–{ParentAgeGapMax} years; SD {F(PartnerAgeGapSd, 1)}; singles {Bands(SinglesByAge)}; couples without children {Bands(ChildlessCouplesByAge)}",
            "No ages by household position are on disk; the bands give the Dutch pyramid its large cohorts aged 55–66 (even spreads would put too many people in their forties).",
            "CBS 37620 by age and position; CBS age of mothers at birth.",
            AssumptionStatus.Estimate);
        yield return new(
            "education.by-age",
            "Education follows a latent score: an age shift plus normal noise, correlated between partners; persons 15–74 are ranked on it and split into low / middle / high to match 85224NED. Persons 15–17 have low education (still in school); persons 75+ get fixed shares.",
            $"shifts {string.Join(", ", EducationAgeProfile.Select(p => $"≤{p.UpTo}: {F(p.Shift)}"))}; partner correlation {F(PartnerEducationCorrelation, 1)}; 75+ low/middle/high {string.Join(" / ", EducationAt75Plus.Select(Pct))}",
            "Younger cohorts are more highly educated, people under 21 cannot yet hold a higher degree, and partners tend to share an education level (assortative mating).",
            "CBS education level by age and sex (e.g. 82816NED) and by partner.",
            AssumptionStatus.Estimate);
    }
}
