namespace Regie.Monitor.Scenarios.Population;

/// <summary>Sex as CBS records it.</summary>
public enum Sex : byte
{
    Male = 0,
    Female = 1,
}

/// <summary>Highest education level in CBS's three bands (ISCED 0–2, 3–4, 5–8).</summary>
public enum Education : byte
{
    Low = 0,
    Middle = 1,
    High = 2,
}

/// <summary>A person's position in the household (CBS "plaats in het huishouden").</summary>
public enum HouseholdRole : byte
{
    /// <summary>A person living alone, or the single parent, or the first partner of a couple.</summary>
    Head = 0,
    Partner = 1,
    /// <summary>A child living at home, of any age.</summary>
    Child = 2,
    /// <summary>Any other member (e.g. a lodger or a parent of the head); counts as a cost-sharer for bijstand.</summary>
    Other = 3,
}

/// <summary>Household type as CBS 86161NED groups households.</summary>
public enum HouseholdType : byte
{
    OnePerson = 0,
    CoupleWithoutChildren = 1,
    CoupleWithChildren = 2,
    SingleParent = 3,
    Other = 4,
}

/// <summary>
/// A person's main activity in the baseline month. Employees are the only ones an AI shock reaches in the
/// default scenarios (self-employed are outside the anchors' shocks; the manifest says so).
/// </summary>
public enum LabourStatus : byte
{
    /// <summary>Under 15, or in school without a job.</summary>
    ChildOrStudent = 0,
    Employee = 1,
    SelfEmployed = 2,
    /// <summary>Receiving WW in the baseline (part of the stationary WW stock).</summary>
    UnemployedWw = 3,
    /// <summary>In a household receiving bijstand in the baseline.</summary>
    Bijstand = 4,
    /// <summary>Working age, not working and receiving no modelled benefit (incl. disability benefits, carers).</summary>
    Inactive = 5,
    /// <summary>At or above the AOW age.</summary>
    Retired = 6,
}

/// <summary>Dutch provinces in CBS order (PV20 … PV31).</summary>
public enum Province : byte
{
    Groningen = 0,
    Fryslan = 1,
    Drenthe = 2,
    Overijssel = 3,
    Flevoland = 4,
    Gelderland = 5,
    Utrecht = 6,
    NoordHolland = 7,
    ZuidHolland = 8,
    Zeeland = 9,
    NoordBrabant = 10,
    Limburg = 11,
}
