using Regie.Workplace.Consultation;
using static Regie.Workplace.Consultation.ConsultationStatus;

namespace Regie.Workplace.Tests.Consultation;

public sealed class ConsultationGateTests
{
    private static readonly DateOnly Today = new(2027, 3, 10);

    private static readonly ConsultationRequirements HighRiskMonitoring = ConsultationRequirements.For(true, true, true, true);

    [Fact]
    public void A_monitoring_high_risk_system_without_procedures_misses_advice_and_consent()
    {
        var issues = ConsultationGate.Issues(HighRiskMonitoring, [], Today);

        Assert.Equal(["advice-procedure-missing", "consent-procedure-missing"], issues.Select(i => i.Code));
    }

    [Fact]
    public void Without_a_works_council_no_procedure_is_required()
    {
        var issues = ConsultationGate.Issues(ConsultationRequirements.For(true, true, false, true), [], Today);

        Assert.Empty(issues);
    }

    [Theory]
    [InlineData(Sent, "procedure-open")]
    [InlineData(MeetingHeld, "procedure-open")]
    [InlineData(Appealed, "appeal-pending")]
    [InlineData(Closed, null)]
    [InlineData(EvaluationDue, null)]
    public void An_advice_procedure_blocks_use_until_it_is_closed(ConsultationStatus status, string? code)
    {
        var advice = ConsultationFlowTests.Procedure(ConsultationKind.Advice, status);

        var issues = ConsultationGate.Issues(ConsultationRequirements.For(true, false, true, false), [advice], Today);

        Assert.Equal(code, issues.SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData(2027, 3, 10, "standstill")]
    [InlineData(2027, 3, 9, "procedure-open")]
    public void A_deviating_decision_blocks_use_inside_the_standstill(int y, int m, int d, string code)
    {
        var advice = ConsultationFlowTests.Procedure(ConsultationKind.Advice, Standstill);
        advice.SuspensionEndsOn = new DateOnly(y, m, d);

        var issues = ConsultationGate.Issues(ConsultationRequirements.For(true, false, true, false), [advice], Today);

        Assert.Equal(code, Assert.Single(issues).Code);
    }

    [Fact]
    public void An_advice_procedure_the_owner_did_not_mark_required_does_not_block_a_system_that_is_not_high_risk()
    {
        var advice = ConsultationFlowTests.Procedure(ConsultationKind.Advice, UnderReview);
        advice.RequiredBeforeUse = false;

        var issues = ConsultationGate.Issues(ConsultationRequirements.For(false, false, true, false), [advice], Today);

        Assert.Empty(issues);
    }

    [Theory]
    [InlineData(null, "consent-not-obtained")]
    [InlineData(false, "consent-not-obtained")]
    [InlineData(true, null)]
    public void A_refused_consent_blocks_use_unless_the_court_gave_substitute_consent(bool? granted, string? code)
    {
        var consent = ConsultationFlowTests.Procedure(ConsultationKind.Consent, Closed);
        consent.Position = CouncilPosition.ConsentRefused;
        consent.SubstituteConsentGranted = granted;

        var issues = ConsultationGate.Issues(ConsultationRequirements.For(false, true, true, false), [consent], Today);

        Assert.Equal(code, issues.SingleOrDefault()?.Code);
    }
}
