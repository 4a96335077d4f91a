namespace Regie.Workplace.Screening;

/// <summary>What the Art. 5 questions found: the prohibited practices hit, and whether emotion recognition at work
/// escaped the prohibition through its medical-or-safety exception.</summary>
internal sealed record Art5Finding(IReadOnlyList<ScreeningReason> Hits, bool EmotionRecognitionExcepted);

/// <summary>
/// The prohibited practices of Art. 5(1) of Regulation (EU) 2024/1689 that an employer can meet (applicable since
/// 2 February 2025, Art. 113(a)). Points (h) (real-time remote biometric identification in public spaces for law
/// enforcement) and the Art. 5(1) points added by the 2026 Digital Omnibus on AI (generating non-consensual intimate
/// imagery or child sexual abuse material) concern law enforcement and generative providers and are not asked.
/// </summary>
internal static class ProhibitedPractices
{
    /// <summary>
    /// All Art. 5 questions are required, so that a prohibited outcome lists every practice hit. Null when one is
    /// missing: then it is unknown whether the path goes on.
    /// </summary>
    public static Art5Finding? Assess(ScreeningAnswers answers, MissingAnswers missing)
    {
        var hits = new List<ScreeningReason>();
        var complete = true;
        void Check(bool? answer, string field, ScreeningReason reason)
        {
            if (missing.Require(answer, field) is not { } value)
            {
                complete = false;
            }
            else if (value)
            {
                hits.Add(reason);
            }
        }

        Check(answers.ManipulativeTechniques, nameof(ScreeningAnswers.ManipulativeTechniques), ScreeningReason.Art5ManipulativeTechniques);
        Check(answers.ExploitsVulnerabilities, nameof(ScreeningAnswers.ExploitsVulnerabilities), ScreeningReason.Art5ExploitsVulnerabilities);
        Check(answers.SocialScoring, nameof(ScreeningAnswers.SocialScoring), ScreeningReason.Art5SocialScoring);
        Check(answers.PredictsCriminalOffences, nameof(ScreeningAnswers.PredictsCriminalOffences), ScreeningReason.Art5CriminalOffencePrediction);
        Check(answers.UntargetedFacialScraping, nameof(ScreeningAnswers.UntargetedFacialScraping), ScreeningReason.Art5UntargetedFacialScraping);
        var emotion = AssessEmotionRecognition(answers, missing);
        complete &= emotion != EmotionRecognition.Unknown;
        if (emotion == EmotionRecognition.Prohibited)
        {
            hits.Add(ScreeningReason.Art5EmotionRecognitionAtWork);
        }

        Check(answers.SensitiveBiometricCategorisation, nameof(ScreeningAnswers.SensitiveBiometricCategorisation), ScreeningReason.Art5SensitiveBiometricCategorisation);

        return complete ? new Art5Finding(hits, emotion == EmotionRecognition.Excepted) : null;
    }

    /// <summary>
    /// Art. 5(1)(f) prohibits AI systems that infer the emotions of a natural person in the area of the workplace,
    /// "except where the use of the AI system is intended to be put in place or into the market for medical or safety
    /// reasons". Recital 44 and the definition in Art. 3(39) tie this to emotion recognition on biometric data;
    /// Recital 18 keeps physical states such as pain or fatigue out of "emotions". The exception does not make the
    /// system harmless: it remains an emotion recognition system, which is high-risk under Annex III point 1(c)
    /// ("in so far as [its] use is permitted") and whose deployer must inform the people exposed to it (Art. 50(3)).
    /// The exception question is asked only when emotions are inferred at work.
    /// </summary>
    private static EmotionRecognition AssessEmotionRecognition(ScreeningAnswers answers, MissingAnswers missing) =>
        missing.Require(answers.EmotionRecognitionAtWork, nameof(ScreeningAnswers.EmotionRecognitionAtWork)) switch
        {
            null => EmotionRecognition.Unknown,
            false => EmotionRecognition.NotUsed,
            true => missing.Require(answers.EmotionRecognitionForMedicalOrSafety, nameof(ScreeningAnswers.EmotionRecognitionForMedicalOrSafety)) switch
            {
                null => EmotionRecognition.Unknown,
                true => EmotionRecognition.Excepted,
                false => EmotionRecognition.Prohibited,
            },
        };

    private enum EmotionRecognition
    {
        Unknown,
        NotUsed,
        Excepted,
        Prohibited,
    }
}
