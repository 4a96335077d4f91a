using System.Collections.Frozen;
using Regie.Workplace.People;
using static Regie.Workplace.Consultation.ConsultationStatus;

namespace Regie.Workplace.Consultation;

/// <summary>
/// The moves of a works-council procedure and the permission each needs (workplace domain note §3):
/// Draft → Sent → UnderReview → MeetingHeld → {AdviceGiven | ConsentGiven | ConsentRefused} → DecisionNotified →
/// [Standstill → Appealed] | SubstituteConsentRequested → Closed → EvaluationDue. Time guards (the standstill, the
/// appeal term) and kind guards (advice or consent) sit on top, in <see cref="Allows"/>.
/// </summary>
public static class ConsultationFlow
{
    private static readonly FrozenDictionary<(ConsultationStatus From, ConsultationStatus To), Permission> Moves =
        new Dictionary<(ConsultationStatus, ConsultationStatus), Permission>
        {
            [(Draft, Sent)] = Permission.PrepareConsultation,
            [(Sent, UnderReview)] = Permission.GiveCouncilPosition,
            [(Sent, MeetingHeld)] = Permission.RecordConsultationMeeting,
            [(UnderReview, MeetingHeld)] = Permission.RecordConsultationMeeting,
            [(MeetingHeld, AdviceGiven)] = Permission.GiveCouncilPosition,
            [(MeetingHeld, ConsentGiven)] = Permission.GiveCouncilPosition,
            [(MeetingHeld, ConsentRefused)] = Permission.GiveCouncilPosition,
            [(AdviceGiven, DecisionNotified)] = Permission.NotifyConsultationDecision,
            [(ConsentGiven, DecisionNotified)] = Permission.NotifyConsultationDecision,
            [(DecisionNotified, Standstill)] = Permission.NotifyConsultationDecision,
            [(DecisionNotified, Closed)] = Permission.PrepareConsultation,
            [(Standstill, Appealed)] = Permission.GiveCouncilPosition,
            [(Standstill, Closed)] = Permission.PrepareConsultation,
            [(Appealed, Closed)] = Permission.NotifyConsultationDecision,
            [(ConsentRefused, SubstituteConsentRequested)] = Permission.NotifyConsultationDecision,
            [(ConsentRefused, Closed)] = Permission.NotifyConsultationDecision,
            [(SubstituteConsentRequested, Closed)] = Permission.NotifyConsultationDecision,
            [(Closed, EvaluationDue)] = Permission.PrepareConsultation,
        }.ToFrozenDictionary();

    /// <summary>The permission a move needs, or null when the move is not in the flow.</summary>
    public static Permission? PermissionFor(ConsultationStatus from, ConsultationStatus to) =>
        Moves.TryGetValue((from, to), out var permission) ? permission : null;

    /// <summary>The statuses reachable in one move, in order.</summary>
    public static IReadOnlyList<ConsultationStatus> NextFrom(ConsultationStatus from) =>
        [.. Moves.Keys.Where(k => k.From == from).Select(k => k.To).Order()];

    /// <summary>
    /// True when the procedure may make the move today: it is in the table, fits the kind of procedure and its
    /// terms allow it (no closing inside the standstill, no appeal after the appeal term).
    /// </summary>
    public static bool Allows(ConsultationProcedure procedure, ConsultationStatus to, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (PermissionFor(procedure.Status, to) is null)
        {
            return false;
        }

        var advice = procedure.Kind == ConsultationKind.Advice;
        return (procedure.Status, to) switch
        {
            (_, AdviceGiven or Standstill or Appealed) when !advice => false,
            (_, ConsentGiven or ConsentRefused or SubstituteConsentRequested) when advice => false,
            (Standstill, Closed) => procedure.SuspensionEndsOn is { } end && today > end,
            (Standstill, Appealed) => procedure.AppealDeadline is { } deadline && today <= deadline,
            _ => true,
        };
    }
}
