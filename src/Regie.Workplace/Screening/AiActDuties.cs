namespace Regie.Workplace.Screening;

/// <summary>
/// The AI Act duties of a deployer (an employer using the system under its authority) for each class, ordered by
/// <see cref="DutyKind"/>. Provider duties (Art. 16 ff.) are not tracked. National law (WOR) is added by
/// <see cref="DutyPlanner"/>, since it does not depend on the AI Act class.
/// </summary>
internal static class AiActDuties
{
    /// <summary>Art. 4 binds every provider and deployer of an AI system, whatever its class.</summary>
    public static IReadOnlyList<DutyKind> Minimal { get; } = [DutyKind.Art4Literacy];

    public static IReadOnlyList<DutyKind> Limited { get; } = [DutyKind.Art4Literacy, DutyKind.Art50Transparency];

    /// <summary>
    /// Art. 26 for high-risk systems, with Art. 14(4) as the content of the oversight the deployer assigns under
    /// 26(2), Art. 27 when mandatory, Art. 50 when a transparency case applies too, and Art. 86 (the right to an
    /// explanation of decisions based on Annex III systems other than point 2). 26(7) is listed for every high-risk
    /// system because Regie's register holds systems used at work. Not tracked: 26(8) registration by public
    /// authorities (Art. 49(3)), as the screening does not tell public authorities from private public services;
    /// 26(10) (law enforcement); and Art. 111(2), under which systems put into service before the high-risk rules
    /// apply are covered only after a significant change in design: Regie plans every system as a new deployment.
    /// </summary>
    public static IReadOnlyList<DutyKind> HighRisk(bool transparency, bool fundamentalRightsAssessment)
    {
        List<DutyKind> duties =
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
        ];
        if (fundamentalRightsAssessment)
        {
            duties.Add(DutyKind.Art27Fria);
        }

        if (transparency)
        {
            duties.Add(DutyKind.Art50Transparency);
        }

        duties.Add(DutyKind.Art86Explanation);
        return duties;
    }
}
