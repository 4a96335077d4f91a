using System.Text.Json.Serialization;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Notices;

/// <summary>
/// GDPR art. 35(9) for one AI system's DPIA: were the views of data subjects or their representatives (the works
/// council is the natural one) sought, what they said, or why they were not sought (domain note §1.3).
/// </summary>
public sealed class DpiaOpinion : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public DpiaOpinionStatus Status { get; set; }

    public DateOnly? SoughtOn { get; set; }

    /// <summary>Whose views were sought (the works council, a panel of workers).</summary>
    public string? SoughtFrom { get; set; }

    public string? Opinion { get; set; }

    /// <summary>Why no views were sought; required for <see cref="DpiaOpinionStatus.NotSought"/>.</summary>
    public string? ReasonNotSought { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Where the art. 35(9) opinion stands. Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DpiaOpinionStatus>))]
public enum DpiaOpinionStatus
{
    /// <summary>Views asked, answer pending.</summary>
    Sought = 1,

    /// <summary>Views received and recorded.</summary>
    Received = 2,

    /// <summary>Not sought, with a reason.</summary>
    NotSought = 3,
}
