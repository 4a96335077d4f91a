namespace Regie.Workplace.Measures;

/// <summary>
/// A measure as typed: what, who owns it, when it is due and who checks it. <see cref="NeedsWorksCouncilVerification"/>
/// is read only when the measure is created (the organisation may agree that the works council verifies it).
/// </summary>
public sealed record MeasureRequest(
    string? Title, string? Description, Guid? OwnerMemberId, DateOnly? DueDate, string? VerifiedBy, bool NeedsWorksCouncilVerification = false);

/// <summary>A move along <see cref="MeasureFlow"/>; NotImplemented needs a reason, Done needs evidence.</summary>
public sealed record MeasureMoveRequest(MeasureStatus To, string? Reason, string? Evidence);
