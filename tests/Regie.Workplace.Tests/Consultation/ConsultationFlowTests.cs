using Regie.Workplace.Consultation;
using Regie.Workplace.People;
using static Regie.Workplace.Consultation.ConsultationStatus;

namespace Regie.Workplace.Tests.Consultation;

public sealed class ConsultationFlowTests
{
    private static readonly DateOnly Today = new(2027, 3, 10);

    public static TheoryData<ConsultationKind, ConsultationStatus, ConsultationStatus, bool> Moves => new()
    {
        { ConsultationKind.Advice, Draft, Sent, true },
        { ConsultationKind.Advice, Draft, MeetingHeld, false },
        { ConsultationKind.Advice, Sent, UnderReview, true },
        { ConsultationKind.Advice, Sent, MeetingHeld, true },
        { ConsultationKind.Advice, UnderReview, AdviceGiven, false },
        { ConsultationKind.Advice, MeetingHeld, AdviceGiven, true },
        { ConsultationKind.Advice, MeetingHeld, ConsentGiven, false },
        { ConsultationKind.Consent, MeetingHeld, ConsentGiven, true },
        { ConsultationKind.Consent, MeetingHeld, ConsentRefused, true },
        { ConsultationKind.Consent, MeetingHeld, AdviceGiven, false },
        { ConsultationKind.Advice, AdviceGiven, DecisionNotified, true },
        { ConsultationKind.Consent, ConsentGiven, DecisionNotified, true },
        { ConsultationKind.Consent, ConsentRefused, DecisionNotified, false },
        { ConsultationKind.Advice, DecisionNotified, Standstill, true },
        { ConsultationKind.Consent, DecisionNotified, Standstill, false },
        { ConsultationKind.Advice, DecisionNotified, Closed, true },
        { ConsultationKind.Consent, ConsentRefused, SubstituteConsentRequested, true },
        { ConsultationKind.Advice, AdviceGiven, SubstituteConsentRequested, false },
        { ConsultationKind.Consent, SubstituteConsentRequested, Closed, true },
        { ConsultationKind.Consent, ConsentRefused, Closed, true },
        { ConsultationKind.Advice, Appealed, Closed, true },
        { ConsultationKind.Advice, Closed, EvaluationDue, true },
        { ConsultationKind.Advice, Closed, Draft, false },
        { ConsultationKind.Advice, EvaluationDue, Closed, false },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void A_procedure_moves_only_along_the_flow_of_its_kind(ConsultationKind kind, ConsultationStatus from, ConsultationStatus to, bool allowed)
    {
        var procedure = Procedure(kind, from);

        Assert.Equal(allowed, ConsultationFlow.Allows(procedure, to, Today));
    }

    [Theory]
    [InlineData(2027, 3, 9, false)]
    [InlineData(2027, 3, 10, false)]
    [InlineData(2027, 3, 11, true)]
    public void A_deviating_decision_closes_only_after_the_last_day_of_the_standstill(int y, int m, int d, bool allowed)
    {
        var procedure = Procedure(ConsultationKind.Advice, Standstill);
        procedure.SuspensionEndsOn = new DateOnly(2027, 3, 10);

        Assert.Equal(allowed, ConsultationFlow.Allows(procedure, Closed, new DateOnly(y, m, d)));
    }

    [Theory]
    [InlineData(2027, 3, 10, true)]
    [InlineData(2027, 3, 11, false)]
    public void The_council_appeals_only_within_the_appeal_term(int y, int m, int d, bool allowed)
    {
        var procedure = Procedure(ConsultationKind.Advice, Standstill);
        procedure.AppealDeadline = new DateOnly(2027, 3, 10);

        Assert.Equal(allowed, ConsultationFlow.Allows(procedure, Appealed, new DateOnly(y, m, d)));
    }

    [Theory]
    [InlineData(Draft, Sent, Permission.PrepareConsultation)]
    [InlineData(MeetingHeld, AdviceGiven, Permission.GiveCouncilPosition)]
    [InlineData(AdviceGiven, DecisionNotified, Permission.NotifyConsultationDecision)]
    [InlineData(Standstill, Appealed, Permission.GiveCouncilPosition)]
    [InlineData(UnderReview, MeetingHeld, Permission.RecordConsultationMeeting)]
    public void Each_move_needs_the_permission_of_the_role_that_takes_it(ConsultationStatus from, ConsultationStatus to, Permission permission) =>
        Assert.Equal(permission, ConsultationFlow.PermissionFor(from, to));

    [Fact]
    public void Nothing_leaves_evaluation_due() => Assert.Empty(ConsultationFlow.NextFrom(EvaluationDue));

    internal static ConsultationProcedure Procedure(ConsultationKind kind, ConsultationStatus status) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        Status = status,
        Motives = "Fewer rostering errors",
        Consequences = "Planners check the proposals",
    };
}
