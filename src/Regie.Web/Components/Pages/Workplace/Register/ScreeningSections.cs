using Regie.Workplace.Screening;

namespace Regie.Web.Components.Pages.Workplace.Register;

/// <summary>One part of the screening form: its number, its text key in RegisterUi.resx and its questions.</summary>
internal sealed record ScreeningSection(int Number, string Key, IReadOnlyList<string> Questions);

/// <summary>
/// The screening form's sections, in the order of the decision path (<see cref="ScreeningTexts.QuestionOrder"/>).
/// A static page cannot hide questions as answers change, so each section says when it matters; the use case then
/// asks only for the answers the path taken needs.
/// </summary>
internal static class ScreeningSections
{
    public static IReadOnlyList<ScreeningSection> All { get; } =
    [
        new(1, "IsAi", [nameof(ScreeningAnswers.IsAiSystem)]),
        new(2, "Role", [nameof(ScreeningAnswers.Role)]),
        new(3, "Prohibited",
        [
            nameof(ScreeningAnswers.ManipulativeTechniques), nameof(ScreeningAnswers.ExploitsVulnerabilities),
            nameof(ScreeningAnswers.SocialScoring), nameof(ScreeningAnswers.PredictsCriminalOffences),
            nameof(ScreeningAnswers.UntargetedFacialScraping), nameof(ScreeningAnswers.EmotionRecognitionAtWork),
            nameof(ScreeningAnswers.EmotionRecognitionForMedicalOrSafety), nameof(ScreeningAnswers.SensitiveBiometricCategorisation),
        ]),
        new(4, "HighRisk",
        [
            nameof(ScreeningAnswers.RecruitmentOrSelection), nameof(ScreeningAnswers.WorkRelationshipDecisions),
            nameof(ScreeningAnswers.OtherAnnexIiiUse), nameof(ScreeningAnswers.ExceptionClaimed),
            nameof(ScreeningAnswers.ExceptionReasoning), nameof(ScreeningAnswers.ProfilesPersons),
        ]),
        new(5, "Transparency",
        [
            nameof(ScreeningAnswers.InteractsWithPeople), nameof(ScreeningAnswers.GeneratesContent),
            nameof(ScreeningAnswers.EmotionOrBiometricCategorisation),
        ]),
        new(6, "Rights",
        [
            nameof(ScreeningAnswers.PublicBodyOrPublicService), nameof(ScreeningAnswers.CreditOrInsuranceScoring),
            nameof(ScreeningAnswers.UsesGeneralPurposeModel),
        ]),
    ];

    /// <summary>The element id of a question, for the labels and the error summary's links.</summary>
    public static string Target(string question) => "q-" + question;
}
