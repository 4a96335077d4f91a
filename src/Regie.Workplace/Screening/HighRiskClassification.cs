namespace Regie.Workplace.Screening;

/// <summary>Whether an AI system is high-risk, with the Annex III and Art. 6(3) reasons that decided it.</summary>
internal sealed record HighRiskFinding(bool IsHighRisk, IReadOnlyList<ScreeningReason> Reasons);

/// <summary>
/// Art. 6(2) with Annex III: the Annex III uses are high-risk, unless an Art. 6(3) condition holds. Annex I (AI as a
/// safety component of regulated products, Art. 6(1)) is a provider matter and is not asked here.
/// </summary>
internal static class HighRiskClassification
{
    private const string ReasoningRequired =
        "Explain why the claimed Art. 6(3) condition holds: Art. 6(4) requires the assessment to be documented.";

    /// <summary>Null when an answer that decides the class is missing (the missing fields are noted).</summary>
    public static HighRiskFinding? Assess(ScreeningAnswers answers, bool emotionRecognitionExcepted, MissingAnswers missing)
    {
        var recruitment = missing.Require(answers.RecruitmentOrSelection, nameof(ScreeningAnswers.RecruitmentOrSelection));
        var workDecisions = missing.Require(answers.WorkRelationshipDecisions, nameof(ScreeningAnswers.WorkRelationshipDecisions));
        var otherArea = missing.Require(answers.OtherAnnexIiiUse, nameof(ScreeningAnswers.OtherAnnexIiiUse));
        if (recruitment is null || workDecisions is null || otherArea is null)
        {
            return null;
        }

        var reasons = new List<ScreeningReason>();
        // Emotion recognition that escaped Art. 5(1)(f) is listed in Annex III point 1(c) without a further question.
        Add(reasons, emotionRecognitionExcepted, ScreeningReason.AnnexIii1cEmotionRecognition);
        // Point 4(a): targeted job advertisements, analysing and filtering applications, evaluating candidates.
        Add(reasons, recruitment.Value, ScreeningReason.AnnexIii4aRecruitment);
        // Point 4(b): decisions on terms of work, promotion, termination; task allocation based on individual
        // behaviour or personal traits; monitoring and evaluating performance and behaviour.
        Add(reasons, workDecisions.Value, ScreeningReason.AnnexIii4bWorkRelationship);
        Add(reasons, otherArea.Value, ScreeningReason.AnnexIiiOtherArea);
        if (reasons.Count == 0)
        {
            return new HighRiskFinding(false, reasons);
        }

        return AssessException(answers, missing, reasons);
    }

    /// <summary>
    /// Art. 6(3): an Annex III system is not high-risk when it poses no significant risk of harm and meets one of
    /// conditions (a)–(d). Its last subparagraph overrides the exception: a system that profiles natural persons
    /// (GDPR Art. 4(4)) is always high-risk. Profiling therefore matters only when an exception is claimed, and only
    /// then is it asked. The claim must be reasoned (Art. 6(4)); for a deployer that is usually the provider's
    /// documented assessment, which Regie asks to be restated here.
    /// </summary>
    private static HighRiskFinding? AssessException(
        ScreeningAnswers answers, MissingAnswers missing, List<ScreeningReason> reasons)
    {
        switch (missing.RequireDefined(answers.ExceptionClaimed, nameof(ScreeningAnswers.ExceptionClaimed)))
        {
            case null:
                return null;
            case Art63Exception.None:
                return new HighRiskFinding(true, reasons);
        }

        missing.RequireText(answers.ExceptionReasoning, nameof(ScreeningAnswers.ExceptionReasoning), ReasoningRequired);
        switch (missing.Require(answers.ProfilesPersons, nameof(ScreeningAnswers.ProfilesPersons)))
        {
            case null:
                return null;
            case true:
                reasons.Add(ScreeningReason.ProfilingVoidsException);
                return new HighRiskFinding(true, reasons);
            default:
                reasons.Add(ScreeningReason.Art63ExceptionApplies);
                return new HighRiskFinding(false, reasons);
        }
    }

    private static void Add(List<ScreeningReason> reasons, bool applies, ScreeningReason reason)
    {
        if (applies)
        {
            reasons.Add(reason);
        }
    }
}
