using Regie.Workplace.Screening;

namespace Regie.Workplace.Tests.Screening;

public sealed class DutyPlannerTests
{
    private static readonly DateOnly BeforeAnnexIiiDate = new(2026, 11, 27);
    private static readonly DateOnly AnnexIiiDate = new(2027, 12, 2);

    private static readonly DutyKind[] HighRiskDuties =
    [
        DutyKind.Art4Literacy,
        DutyKind.Art14OversightDesign,
        DutyKind.Art26_1InstructionsForUse,
        DutyKind.Art26_2CompetentOversight,
        DutyKind.Art26_4InputData,
        DutyKind.Art26_5Monitoring,
        DutyKind.Art26_6Logs,
        DutyKind.Art26_7InformWorkers,
        DutyKind.Art26_9Dpia,
        DutyKind.Art26_11InformDecisionSubjects,
        DutyKind.Art86Explanation,
    ];

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Plans_the_duties_of_each_case(string name)
    {
        var (outcome, facts, today, expected) = Cases[name];

        var planned = DutyPlanner.Plan(outcome, facts, today);

        Assert.Equal(expected, planned);
    }

    [Fact]
    public void Orders_the_duties_by_kind_whatever_the_order_of_the_outcome()
    {
        var outcome = Outcome(RiskClass.Limited, DutyKind.Art50Transparency, DutyKind.Art4Literacy, DutyKind.Art50Transparency);

        var planned = DutyPlanner.Plan(outcome, new SystemFacts(MonitoringCapable: true, HasWorksCouncil: true), AnnexIiiDate);

        Assert.Equal(
            [DutyKind.Art4Literacy, DutyKind.Art50Transparency, DutyKind.Wor25AdviceRequest, DutyKind.Wor27ConsentRequest],
            planned.Select(d => d.Kind));
    }

    private static ScreeningOutcome Outcome(RiskClass riskClass, params DutyKind[] duties) => new(riskClass, [], duties);

    private static PlannedDuty Gate(DutyKind kind) => new(kind, BeforeUse: true, DueDate: null);

    private static PlannedDuty Ongoing(DutyKind kind, DateOnly? due) => new(kind, BeforeUse: false, due);

    private static PlannedDuty[] HighRiskPlan(DateOnly? ongoingDue) =>
    [
        Gate(DutyKind.Art4Literacy),
        Gate(DutyKind.Art14OversightDesign),
        Gate(DutyKind.Art26_1InstructionsForUse),
        Gate(DutyKind.Art26_2CompetentOversight),
        Ongoing(DutyKind.Art26_4InputData, ongoingDue),
        Ongoing(DutyKind.Art26_5Monitoring, ongoingDue),
        Ongoing(DutyKind.Art26_6Logs, ongoingDue),
        Gate(DutyKind.Art26_7InformWorkers),
        Gate(DutyKind.Art26_9Dpia),
        Gate(DutyKind.Art26_11InformDecisionSubjects),
        Ongoing(DutyKind.Art86Explanation, ongoingDue),
    ];

    private static readonly SystemFacts CouncilAndMonitoring = new(MonitoringCapable: true, HasWorksCouncil: true);
    private static readonly SystemFacts CouncilOnly = new(MonitoringCapable: false, HasWorksCouncil: true);
    private static readonly SystemFacts MonitoringOnly = new(MonitoringCapable: true, HasWorksCouncil: false);
    private static readonly SystemFacts Neither = new(MonitoringCapable: false, HasWorksCouncil: false);

    private static readonly Dictionary<string, (ScreeningOutcome Outcome, SystemFacts Facts, DateOnly Today, PlannedDuty[] Expected)> Cases =
        new(StringComparer.Ordinal)
        {
            ["high-risk with a works council and monitoring: WOR advice and consent, ongoing duties due when Annex III applies"] = (
                Outcome(RiskClass.HighRisk, HighRiskDuties), CouncilAndMonitoring, BeforeAnnexIiiDate,
                [.. HighRiskPlan(AnnexIiiDate), Gate(DutyKind.Wor25AdviceRequest), Gate(DutyKind.Wor27ConsentRequest)]),
            ["high-risk without a works council, once Annex III applies: no WOR duties and no dates"] = (
                Outcome(RiskClass.HighRisk, HighRiskDuties), Neither, AnnexIiiDate,
                HighRiskPlan(null)),
            ["high-risk with a FRIA and Art. 50: both gate use"] = (
                Outcome(RiskClass.HighRisk, [.. HighRiskDuties, DutyKind.Art27Fria, DutyKind.Art50Transparency]), CouncilOnly, AnnexIiiDate.AddDays(1),
                [.. HighRiskPlan(null).Take(10), Gate(DutyKind.Art27Fria), Gate(DutyKind.Art50Transparency), Ongoing(DutyKind.Art86Explanation, null), Gate(DutyKind.Wor25AdviceRequest)]),
            ["limited with a works council, not monitoring capable: advice but no consent"] = (
                Outcome(RiskClass.Limited, DutyKind.Art4Literacy, DutyKind.Art50Transparency), CouncilOnly, BeforeAnnexIiiDate,
                [Gate(DutyKind.Art4Literacy), Gate(DutyKind.Art50Transparency), Gate(DutyKind.Wor25AdviceRequest)]),
            ["minimal with a works council and monitoring: advice and consent"] = (
                Outcome(RiskClass.Minimal, DutyKind.Art4Literacy), CouncilAndMonitoring, BeforeAnnexIiiDate,
                [Gate(DutyKind.Art4Literacy), Gate(DutyKind.Wor25AdviceRequest), Gate(DutyKind.Wor27ConsentRequest)]),
            ["minimal, monitoring capable but no works council: no one to consent"] = (
                Outcome(RiskClass.Minimal, DutyKind.Art4Literacy), MonitoringOnly, BeforeAnnexIiiDate,
                [Gate(DutyKind.Art4Literacy)]),
            ["not an AI system with a works council and monitoring: WOR still applies"] = (
                Outcome(RiskClass.NotAiSystem), CouncilAndMonitoring, BeforeAnnexIiiDate,
                [Gate(DutyKind.Wor25AdviceRequest), Gate(DutyKind.Wor27ConsentRequest)]),
            ["not an AI system without a works council: nothing"] = (
                Outcome(RiskClass.NotAiSystem), MonitoringOnly, BeforeAnnexIiiDate,
                []),
            ["prohibited: nothing, even with a works council and monitoring"] = (
                Outcome(RiskClass.Prohibited, DutyKind.Art4Literacy), CouncilAndMonitoring, BeforeAnnexIiiDate,
                []),
        };
}
