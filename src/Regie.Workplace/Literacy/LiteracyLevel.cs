using System.Text.Json.Serialization;

namespace Regie.Workplace.Literacy;

/// <summary>
/// The four levels of AI literacy of the Algoritmekader self-assessment (v4), lowest first. Stored as numbers; the
/// values never change. <see cref="None"/> means not even the first level was reached (or it was not assessed).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LiteracyLevel>))]
public enum LiteracyLevel
{
    None = 0,

    /// <summary>Bewust (aware), codes Bt1..Bt4.</summary>
    Bewust = 1,

    /// <summary>Bekwaam (capable), codes Bm1..Bm4.</summary>
    Bekwaam = 2,

    /// <summary>Vloeiend (fluent), codes Vl1..Vl4.</summary>
    Vloeiend = 3,

    /// <summary>Expert, codes Ex1..Ex4.</summary>
    Expert = 4,
}

/// <summary>The four competences; the number is the digit of the code (Bt1 = Bewust × knowledge and understanding).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Competence>))]
public enum Competence
{
    /// <summary>Kennis en begrip.</summary>
    Knowledge = 1,

    /// <summary>In de organisatie.</summary>
    InTheOrganisation = 2,

    /// <summary>Praktisch aan de slag.</summary>
    HandsOn = 3,

    /// <summary>Limieten en ethische vraagstukken.</summary>
    LimitsAndEthics = 4,
}

/// <summary>How much one agrees with a statement, on the self-assessment's five-point scale.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Agreement>))]
public enum Agreement
{
    StronglyAgree = 1,
    Agree = 2,
    Neutral = 3,
    Disagree = 4,
    StronglyDisagree = 5,
}
