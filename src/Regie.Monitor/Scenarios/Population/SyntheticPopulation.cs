namespace Regie.Monitor.Scenarios.Population;

/// <summary>
/// A population of households and persons held as columns (struct of arrays), the form the scenario engine
/// walks. Persons of one household are contiguous: household <c>h</c> owns persons
/// <c>FirstPerson[h] .. FirstPerson[h + 1] - 1</c>, head first. Money is in integer eurocents per month,
/// gross, including holiday allowance (1/12 of the annual amount). Every array of a kind has the same length;
/// <see cref="Validate"/> checks the invariants.
/// </summary>
public sealed class SyntheticPopulation
{
    public SyntheticPopulation(int households, int persons)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        FirstPerson = new int[households + 1];
        Weight = new double[households];
        Type = new HouseholdType[households];
        Province = new Province[households];
        LiquidAssetsCents = new long[households];
        HouseholdOf = new int[persons];
        Age = new byte[persons];
        Sex = new Sex[persons];
        Role = new HouseholdRole[persons];
        Education = new Education[persons];
        Status = new LabourStatus[persons];
        Occupation = new short[persons];
        Sector = new sbyte[persons];
        WageCents = new int[persons];
        HoursPerWeek = new byte[persons];
        SelfEmploymentCents = new int[persons];
        PensionCents = new int[persons];
        CapitalIncomeCents = new int[persons];
        YearsBefore2016 = new byte[persons];
        YearsSince2016 = new byte[persons];
        WwMonthsLeft = new byte[persons];
        PriorWageCents = new int[persons];
    }

    // Shares every column of another population (no copy); for WithInfo.
    private SyntheticPopulation(SyntheticPopulation other)
    {
        FirstPerson = other.FirstPerson;
        Weight = other.Weight;
        Type = other.Type;
        Province = other.Province;
        LiquidAssetsCents = other.LiquidAssetsCents;
        HouseholdOf = other.HouseholdOf;
        Age = other.Age;
        Sex = other.Sex;
        Role = other.Role;
        Education = other.Education;
        Status = other.Status;
        Occupation = other.Occupation;
        Sector = other.Sector;
        WageCents = other.WageCents;
        HoursPerWeek = other.HoursPerWeek;
        SelfEmploymentCents = other.SelfEmploymentCents;
        PensionCents = other.PensionCents;
        CapitalIncomeCents = other.CapitalIncomeCents;
        YearsBefore2016 = other.YearsBefore2016;
        YearsSince2016 = other.YearsSince2016;
        WwMonthsLeft = other.WwMonthsLeft;
        PriorWageCents = other.PriorWageCents;
        Codes = other.Codes;
        Info = other.Info;
    }

    public int HouseholdCount => Weight.Length;

    public int PersonCount => Age.Length;

    // ---- households ----

    /// <summary>CSR offsets: length households + 1; the last entry equals the person count.</summary>
    public int[] FirstPerson { get; }

    /// <summary>Households each record stands for (1 at full scale; 8.2 M / n for a sample of n).</summary>
    public double[] Weight { get; }

    public HouseholdType[] Type { get; }

    public Province[] Province { get; }

    /// <summary>Savings and other liquid assets counted in the bijstand asset test (eurocents).</summary>
    public long[] LiquidAssetsCents { get; }

    // ---- persons ----

    public int[] HouseholdOf { get; }

    /// <summary>Age in whole years at the start of the horizon.</summary>
    public byte[] Age { get; }

    public Sex[] Sex { get; }

    public HouseholdRole[] Role { get; }

    public Education[] Education { get; }

    public LabourStatus[] Status { get; }

    /// <summary>Index into <see cref="PopulationCodes.Occupations"/> (BRC 2014 occupation group); -1 = none.</summary>
    public short[] Occupation { get; }

    /// <summary>Index into <see cref="PopulationCodes.Sectors"/> (NACE Rev. 2 section); -1 = none.</summary>
    public sbyte[] Sector { get; }

    /// <summary>Gross monthly employee wage (SV-loon) incl. holiday allowance, eurocents; 0 when not an employee.</summary>
    public int[] WageCents { get; }

    /// <summary>Contract hours per week (employees); usual hours for the self-employed; 0 otherwise.</summary>
    public byte[] HoursPerWeek { get; }

    /// <summary>Monthly profit from self-employment, eurocents (may be the main or a second income).</summary>
    public int[] SelfEmploymentCents { get; }

    /// <summary>Monthly supplementary (occupational) pension, eurocents; AOW itself comes from the rules.</summary>
    public int[] PensionCents { get; }

    /// <summary>Monthly interest and dividend income, eurocents.</summary>
    public int[] CapitalIncomeCents { get; }

    /// <summary>Calendar years with ≥ 208 paid hours before 2016 (incl. the fictitious years from age 18 to 1998), for WW.</summary>
    public byte[] YearsBefore2016 { get; }

    /// <summary>Calendar years with ≥ 208 paid hours from 2016 on, for WW.</summary>
    public byte[] YearsSince2016 { get; }

    /// <summary>For baseline WW recipients: months of WW entitlement left at the start of the horizon.</summary>
    public byte[] WwMonthsLeft { get; }

    /// <summary>
    /// For baseline WW recipients: gross monthly wage incl. holiday allowance of the job they lost (the basis of
    /// their WW daily wage), eurocents; 0 for everyone else.
    /// </summary>
    public int[] PriorWageCents { get; }

    /// <summary>The code lists the person indices point into.</summary>
    public PopulationCodes Codes { get; init; } = PopulationCodes.Empty;

    /// <summary>How this population was made (seed, scale, targets, version); part of every run manifest.</summary>
    public PopulationInfo Info { get; init; } = PopulationInfo.Unknown;

    /// <summary>The same columns (shared, not copied) with other <see cref="Info"/>, e.g. once the content hash is known.</summary>
    public SyntheticPopulation WithInfo(PopulationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new SyntheticPopulation(this) { Info = info };
    }

    /// <summary>Total persons represented (Σ household weight × household size).</summary>
    public double WeightedPersons()
    {
        var total = 0.0;
        for (var h = 0; h < HouseholdCount; h++)
            total += Weight[h] * (FirstPerson[h + 1] - FirstPerson[h]);
        return total;
    }

    /// <summary>The first broken invariant, or null when the columns are consistent.</summary>
    public string? Validate()
    {
        if (FirstPerson[0] != 0 || FirstPerson[HouseholdCount] != PersonCount)
            return "household offsets do not cover the persons";
        for (var h = 0; h < HouseholdCount; h++)
        {
            var (first, end) = (FirstPerson[h], FirstPerson[h + 1]);
            if (end <= first)
                return $"household {h} has no members";
            if (!(Weight[h] > 0))
                return $"household {h} has weight {Weight[h]}";
            for (var p = first; p < end; p++)
            {
                if (HouseholdOf[p] != h)
                    return $"person {p} points at household {HouseholdOf[p]}, lies in {h}";
            }
        }

        for (var p = 0; p < PersonCount; p++)
        {
            if (Occupation[p] >= Codes.Occupations.Count)
                return $"person {p} has occupation index {Occupation[p]}";
            if (Sector[p] >= Codes.Sectors.Count)
                return $"person {p} has sector index {Sector[p]}";
            if (WageCents[p] < 0 || SelfEmploymentCents[p] < 0 || PensionCents[p] < 0 || CapitalIncomeCents[p] < 0 || PriorWageCents[p] < 0)
                return $"person {p} has a negative income";
        }

        return null;
    }
}
