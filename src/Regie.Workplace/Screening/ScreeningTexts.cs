using System.Collections.Frozen;

namespace Regie.Workplace.Screening;

/// <summary>A short title, one plain-language sentence and the legal reference, in one language.</summary>
public sealed record ScreeningText(string Title, string Explanation, string LegalReference);

/// <summary>A screening question as a form or the CLI shows it, in one language.</summary>
public sealed record QuestionText(string Title, string Help, string LegalReference);

/// <summary>
/// Plain-language texts of the screening in Dutch (B1, the default) and English: every class, reason, duty and
/// answer option, and every question of <see cref="ScreeningAnswers"/> keyed by its property name. Regie's own
/// words; the legal references point to Regulation (EU) 2024/1689 (AI Act) and the Works Councils Act (WOR).
/// </summary>
public static partial class ScreeningTexts
{
    /// <summary>The languages the texts exist in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["nl", "en"];

    /// <summary>The property names of <see cref="ScreeningAnswers"/> in the order the screening asks them.</summary>
    public static IReadOnlyList<string> QuestionOrder { get; } =
    [
        nameof(ScreeningAnswers.IsAiSystem),
        nameof(ScreeningAnswers.Role),
        nameof(ScreeningAnswers.ManipulativeTechniques),
        nameof(ScreeningAnswers.ExploitsVulnerabilities),
        nameof(ScreeningAnswers.SocialScoring),
        nameof(ScreeningAnswers.PredictsCriminalOffences),
        nameof(ScreeningAnswers.UntargetedFacialScraping),
        nameof(ScreeningAnswers.EmotionRecognitionAtWork),
        nameof(ScreeningAnswers.EmotionRecognitionForMedicalOrSafety),
        nameof(ScreeningAnswers.SensitiveBiometricCategorisation),
        nameof(ScreeningAnswers.RecruitmentOrSelection),
        nameof(ScreeningAnswers.WorkRelationshipDecisions),
        nameof(ScreeningAnswers.OtherAnnexIiiUse),
        nameof(ScreeningAnswers.ExceptionClaimed),
        nameof(ScreeningAnswers.ExceptionReasoning),
        nameof(ScreeningAnswers.ProfilesPersons),
        nameof(ScreeningAnswers.InteractsWithPeople),
        nameof(ScreeningAnswers.GeneratesContent),
        nameof(ScreeningAnswers.EmotionOrBiometricCategorisation),
        nameof(ScreeningAnswers.PublicBodyOrPublicService),
        nameof(ScreeningAnswers.CreditOrInsuranceScoring),
        nameof(ScreeningAnswers.UsesGeneralPurposeModel),
    ];

    /// <exception cref="ArgumentOutOfRangeException">The language is not "nl" or "en".</exception>
    public static ScreeningText For(RiskClass value, string language) => Pick(RiskClasses, value, language);

    /// <inheritdoc cref="For(RiskClass, string)"/>
    public static ScreeningText For(ScreeningReason value, string language) => Pick(Reasons, value, language);

    /// <inheritdoc cref="For(RiskClass, string)"/>
    public static ScreeningText For(DutyKind value, string language) => Pick(Duties, value, language);

    /// <inheritdoc cref="For(RiskClass, string)"/>
    public static ScreeningText For(OperatorRole value, string language) => Pick(Roles, value, language);

    /// <inheritdoc cref="For(RiskClass, string)"/>
    public static ScreeningText For(Art63Exception value, string language) => Pick(Exceptions, value, language);

    /// <summary>The question behind a <see cref="ScreeningAnswers"/> property, e.g. <c>nameof(ScreeningAnswers.Role)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The language is not "nl" or "en", or there is no such question.</exception>
    public static QuestionText Question(string propertyName, string language) =>
        Questions.TryGetValue(propertyName, out var texts)
            ? Pick(texts, language)
            : throw new ArgumentOutOfRangeException(nameof(propertyName), propertyName, "No screening question has this name.");

    private static ScreeningText Pick<TKey>(FrozenDictionary<TKey, Bilingual<ScreeningText>> table, TKey key, string language)
        where TKey : struct, Enum =>
        table.TryGetValue(key, out var texts)
            ? Pick(texts, language)
            : throw new ArgumentOutOfRangeException(nameof(key), key, $"No text for this {typeof(TKey).Name}.");

    private static T Pick<T>(Bilingual<T> texts, string language) => language switch
    {
        "nl" => texts.Nl,
        "en" => texts.En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Use \"nl\" or \"en\"."),
    };

    /// <summary>One text in both languages.</summary>
    private sealed record Bilingual<T>(T Nl, T En);
}
