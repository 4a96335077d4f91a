namespace Regie.Workplace.Screening;

/// <summary>
/// Art. 50 transparency (applicable since 2 August 2026, Art. 113). Paragraphs 1 and 2 bind the provider (tell
/// people they talk to an AI system; mark synthetic content as such); paragraphs 3 and 4 bind the deployer (inform
/// people exposed to emotion recognition or biometric categorisation; disclose deep fakes and AI-written text
/// published on matters of public interest). A deployer's Art. 50 duty is therefore to keep the provider's
/// measures switched on and visible and to meet its own; one duty covers both.
/// </summary>
internal static class Transparency
{
    /// <summary>The Art. 50 reasons; all three questions are asked on every path that reaches Art. 50, except that
    /// emotion recognition kept lawful by the Art. 5(1)(f) exception is Art. 50(3) by definition.</summary>
    public static IReadOnlyList<ScreeningReason> Assess(
        ScreeningAnswers answers, bool emotionRecognitionExcepted, MissingAnswers missing)
    {
        var reasons = new List<ScreeningReason>();
        if (missing.Require(answers.InteractsWithPeople, nameof(ScreeningAnswers.InteractsWithPeople)) == true)
        {
            reasons.Add(ScreeningReason.Art50InteractsWithPeople);
        }

        if (missing.Require(answers.GeneratesContent, nameof(ScreeningAnswers.GeneratesContent)) == true)
        {
            reasons.Add(ScreeningReason.Art50GeneratesContent);
        }

        if (emotionRecognitionExcepted
            || missing.Require(answers.EmotionOrBiometricCategorisation, nameof(ScreeningAnswers.EmotionOrBiometricCategorisation)) == true)
        {
            reasons.Add(ScreeningReason.Art50EmotionOrBiometricCategorisation);
        }

        return reasons;
    }
}
