using System.Collections.Frozen;
using Regie.Workplace.People;
using static Regie.Workplace.Assessments.AssessmentStatus;

namespace Regie.Workplace.Assessments;

/// <summary>
/// The review path of a job impact assessment and the permission each move needs (domain note §3):
/// Draft → InProgress → InReview → {ToBeFixed → InProgress | AwaitingOpinions} → {Validated | Refused}.
/// Superseded is not a move a person makes: a change to the AI system does it (<see cref="AssessmentReopener"/>).
/// </summary>
public static class AssessmentFlow
{
    private static readonly FrozenDictionary<(AssessmentStatus From, AssessmentStatus To), Permission> Moves =
        new Dictionary<(AssessmentStatus, AssessmentStatus), Permission>
        {
            [(Draft, InProgress)] = Permission.EditAssessment,
            [(InProgress, InReview)] = Permission.EditAssessment,
            [(InReview, ToBeFixed)] = Permission.ReviewAssessment,
            [(InReview, AwaitingOpinions)] = Permission.ReviewAssessment,
            [(ToBeFixed, InProgress)] = Permission.EditAssessment,
            [(AwaitingOpinions, Validated)] = Permission.DecideAssessment,
            [(AwaitingOpinions, Refused)] = Permission.DecideAssessment,
        }.ToFrozenDictionary();

    /// <summary>The permission a move needs, or null when the review path has no such move.</summary>
    public static Permission? PermissionFor(AssessmentStatus from, AssessmentStatus to) =>
        Moves.TryGetValue((from, to), out var permission) ? permission : null;

    /// <summary>The statuses reachable in one move, in order.</summary>
    public static IReadOnlyList<AssessmentStatus> NextFrom(AssessmentStatus from) =>
        [.. Moves.Keys.Where(k => k.From == from).Select(k => k.To).Order()];

    /// <summary>Moves that need a comment: sending back for fixes and refusing say why.</summary>
    public static bool NeedsComment(AssessmentStatus to) => to is ToBeFixed or Refused;

    /// <summary>
    /// The opinions needed before a decision: the privacy officer and the prevention officer always, the works
    /// council where the organisation has one (WOR art. 2; smaller organisations may have none). [verify: PVT]
    /// </summary>
    public static IReadOnlyList<OpinionKind> RequiredOpinions(bool hasWorksCouncil) =>
        hasWorksCouncil ? [OpinionKind.Privacy, OpinionKind.WorksCouncil, OpinionKind.Prevention]
        : [OpinionKind.Privacy, OpinionKind.Prevention];
}
