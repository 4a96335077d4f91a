using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Literacy;

/// <summary>A course a member completed: the evidence of the measures the organisation took for AI literacy (art. 4).</summary>
public sealed class TrainingRecord : ITenantOwned
{
    public const int TextLength = 200;
    public const int EvidenceLength = 1000;

    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public Guid MemberId { get; init; }

    public required string Course { get; set; }

    public required string Provider { get; set; }

    public double Hours { get; set; }

    /// <summary>The competence codes the course covers, stored as "Bt1,Bm3".</summary>
    public required string Codes { get; set; }

    public DateOnly CompletedOn { get; set; }

    /// <summary>Where the proof is: a certificate number, a file location, who confirmed it.</summary>
    public string? Evidence { get; set; }

    /// <summary>When the course must be refreshed; null when it does not expire.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public Guid? RecordedByMemberId { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The codes as values.</summary>
    public IReadOnlyList<CompetenceCode> CodeList => CompetenceCode.ParseList(Codes) ?? [];

    /// <summary>Completed and not expired on <paramref name="today"/>.</summary>
    public bool IsCurrent(DateOnly today) => CompletedOn <= today && (ExpiresOn is null || ExpiresOn >= today);
}
