using Regie.Core.Results;

namespace Regie.Workplace.Screening;

/// <summary>
/// The AI Act screening of one AI system for an employer, following the decision path of Regulation (EU) 2024/1689:
/// is it an AI system (Art. 3(1)); the organisation's role (Art. 3(3)–(4), Art. 25); prohibited practices (Art. 5);
/// high-risk through Annex III and the Art. 6(3) exceptions; transparency (Art. 50); and, for high-risk systems, the
/// mandatory fundamental rights impact assessment (Art. 27). Pure: no clock, no storage.
/// </summary>
public static class AiActScreening
{
    /// <summary>
    /// Classifies a system and lists the deployer duties under the AI Act. Each path requires the answers it needs
    /// and ignores the rest; missing (or out-of-range) answers give a <see cref="ValidationError"/> that names each
    /// <see cref="ScreeningAnswers"/> property concerned, as far as the answers given let the path be followed.
    /// </summary>
    public static Result<ScreeningOutcome> Evaluate(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var missing = new MissingAnswers();

        // Art. 3(1). Outside it the AI Act does not apply at all; works council and data protection law still may.
        switch (missing.Require(answers.IsAiSystem, nameof(ScreeningAnswers.IsAiSystem)))
        {
            case null:
                return missing.ToError();
            case false:
                return new ScreeningOutcome(RiskClass.NotAiSystem, [ScreeningReason.NotAnAiSystem], []);
        }

        var role = missing.RequireDefined(answers.Role, nameof(ScreeningAnswers.Role));
        if (ProhibitedPractices.Assess(answers, missing) is not { } art5)
        {
            return missing.ToError();
        }

        // A prohibited system may not be used at all (Art. 5 binds providers and deployers alike), so it gets no
        // duties to plan: the lifecycle blocks it instead.
        if (art5.Hits.Count > 0)
        {
            return missing.Any ? missing.ToError() : new ScreeningOutcome(RiskClass.Prohibited, art5.Hits, []);
        }

        var highRisk = HighRiskClassification.Assess(answers, art5.EmotionRecognitionExcepted, missing);
        var transparency = Transparency.Assess(answers, art5.EmotionRecognitionExcepted, missing);
        var fria = highRisk is { IsHighRisk: true } ? FundamentalRightsAssessment.Assess(answers, missing) : [];
        if (missing.Any || highRisk is null)
        {
            return missing.ToError();
        }

        return Conclude(role == OperatorRole.Provider, art5.EmotionRecognitionExcepted, highRisk, transparency, fria);
    }

    /// <summary>
    /// Reasons follow the order of the path. A register entry is a system the organisation uses or plans to use, so
    /// an organisation that is also its provider (Art. 3(3), or by Art. 25(1)) still owes the deployer duties; its
    /// provider duties (Art. 16 ff.) are outside Regie, which the first reason says.
    /// </summary>
    private static ScreeningOutcome Conclude(
        bool provider,
        bool emotionRecognitionExcepted,
        HighRiskFinding highRisk,
        IReadOnlyList<ScreeningReason> transparency,
        IReadOnlyList<ScreeningReason> fria)
    {
        var reasons = new List<ScreeningReason>();
        if (provider)
        {
            reasons.Add(ScreeningReason.ProviderDutiesOutOfScope);
        }

        if (emotionRecognitionExcepted)
        {
            reasons.Add(ScreeningReason.EmotionRecognitionMedicalOrSafetyException);
        }

        reasons.AddRange(highRisk.Reasons);
        reasons.AddRange(transparency);
        reasons.AddRange(fria);

        if (highRisk.IsHighRisk)
        {
            return new ScreeningOutcome(
                RiskClass.HighRisk, reasons, AiActDuties.HighRisk(transparency.Count > 0, fria.Count > 0));
        }

        if (transparency.Count > 0)
        {
            return new ScreeningOutcome(RiskClass.Limited, reasons, AiActDuties.Limited);
        }

        reasons.Add(ScreeningReason.NoSpecificDuties);
        return new ScreeningOutcome(RiskClass.Minimal, reasons, AiActDuties.Minimal);
    }
}
