using System.Text.Json.Serialization;
namespace Regie.Workplace.Organisations;

/// <summary>
/// Number of people working in the organisation, in the bands that decide worker representation:
/// from 50 a works council (WOR art. 2) is mandatory; from 10 a personnel representation (PVT) or staff meeting
/// (WOR art. 35b–35c) applies.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SizeClass>))]
public enum SizeClass
{
    /// <summary>Fewer than 10 people.</summary>
    Under10 = 1,

    /// <summary>10 to 49 people: PVT or staff meeting.</summary>
    From10To49 = 2,

    /// <summary>50 to 249 people: works council.</summary>
    From50To249 = 3,

    /// <summary>250 people or more: works council.</summary>
    From250 = 4,
}

/// <summary>What a size class means for worker representation.</summary>
public static class SizeClassRules
{
    /// <summary>True when the organisation must have a works council (WOR art. 2: 50 or more people).</summary>
    public static bool RequiresWorksCouncil(this SizeClass size) => size >= SizeClass.From50To249;
}
