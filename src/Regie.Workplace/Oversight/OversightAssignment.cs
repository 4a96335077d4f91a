using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Oversight;

/// <summary>
/// What one overseer of a system may do and how much time they have (AI Act art. 26(2): competence, training,
/// authority and support). It extends the register's overseer link (<c>AiSystemOverseer</c>) and goes when the link goes.
/// </summary>
public sealed class OversightAssignment : ITenantOwned
{
    public Guid OrganisationId { get; init; }

    public Guid AiSystemId { get; init; }

    public Guid MemberId { get; init; }

    /// <summary>May disregard, override or reverse the system's output (art. 14(4)(d)).</summary>
    public bool CanOverride { get; set; }

    /// <summary>May stop the system (art. 14(4)(e)).</summary>
    public bool CanStop { get; set; }

    /// <summary>Hours per week set aside for oversight of this system.</summary>
    public double HoursPerWeek { get; set; }

    /// <summary>The overseer who takes over when this one is absent.</summary>
    public Guid? BackupMemberId { get; set; }
}
