using System.Globalization;
using Regie.Workplace.Screening;

namespace Regie.Web.Components.Pages.Workplace.Register;

/// <summary>
/// The screening form as typed, one text per <see cref="ScreeningAnswers"/> property: "true", "false", an enum name, the
/// reasoning, or empty for "not answered yet". Filled from the latest screening or read back from the post.
/// </summary>
internal sealed class ScreeningInput
{
    private readonly Dictionary<string, string> _values;

    private ScreeningInput(Dictionary<string, string> values) => _values = values;

    public string this[string question] => _values.GetValueOrDefault(question, "");

    public static ScreeningInput Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The answers of a screening, as the form shows them.</summary>
    public static ScreeningInput From(ScreeningAnswers answers) => new(ScreeningTexts.QuestionOrder.ToDictionary(
        q => q,
        q => typeof(ScreeningAnswers).GetProperty(q)!.GetValue(answers) switch // every question names a property
        {
            null => "",
            bool b => b ? "true" : "false",
            IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString() ?? "",
        },
        StringComparer.Ordinal));

    public static ScreeningInput Read(IFormCollection form) =>
        new(ScreeningTexts.QuestionOrder.ToDictionary(q => q, q => form[q].ToString(), StringComparer.Ordinal));

    /// <summary>
    /// The answers for the use case. Empty is "not answered"; a value that is none of the options (only a hand-made
    /// post sends one) is passed on so that the use case names the field.
    /// </summary>
    public ScreeningAnswers ToAnswers() => new()
    {
        IsAiSystem = Bool(nameof(ScreeningAnswers.IsAiSystem)),
        Role = Choice<OperatorRole>(nameof(ScreeningAnswers.Role)),
        ManipulativeTechniques = Bool(nameof(ScreeningAnswers.ManipulativeTechniques)),
        ExploitsVulnerabilities = Bool(nameof(ScreeningAnswers.ExploitsVulnerabilities)),
        SocialScoring = Bool(nameof(ScreeningAnswers.SocialScoring)),
        PredictsCriminalOffences = Bool(nameof(ScreeningAnswers.PredictsCriminalOffences)),
        UntargetedFacialScraping = Bool(nameof(ScreeningAnswers.UntargetedFacialScraping)),
        EmotionRecognitionAtWork = Bool(nameof(ScreeningAnswers.EmotionRecognitionAtWork)),
        EmotionRecognitionForMedicalOrSafety = Bool(nameof(ScreeningAnswers.EmotionRecognitionForMedicalOrSafety)),
        SensitiveBiometricCategorisation = Bool(nameof(ScreeningAnswers.SensitiveBiometricCategorisation)),
        RecruitmentOrSelection = Bool(nameof(ScreeningAnswers.RecruitmentOrSelection)),
        WorkRelationshipDecisions = Bool(nameof(ScreeningAnswers.WorkRelationshipDecisions)),
        OtherAnnexIiiUse = Bool(nameof(ScreeningAnswers.OtherAnnexIiiUse)),
        ProfilesPersons = Bool(nameof(ScreeningAnswers.ProfilesPersons)),
        ExceptionClaimed = Choice<Art63Exception>(nameof(ScreeningAnswers.ExceptionClaimed)),
        ExceptionReasoning = string.IsNullOrWhiteSpace(this[nameof(ScreeningAnswers.ExceptionReasoning)]) ? null : this[nameof(ScreeningAnswers.ExceptionReasoning)],
        InteractsWithPeople = Bool(nameof(ScreeningAnswers.InteractsWithPeople)),
        GeneratesContent = Bool(nameof(ScreeningAnswers.GeneratesContent)),
        EmotionOrBiometricCategorisation = Bool(nameof(ScreeningAnswers.EmotionOrBiometricCategorisation)),
        PublicBodyOrPublicService = Bool(nameof(ScreeningAnswers.PublicBodyOrPublicService)),
        CreditOrInsuranceScoring = Bool(nameof(ScreeningAnswers.CreditOrInsuranceScoring)),
        UsesGeneralPurposeModel = Bool(nameof(ScreeningAnswers.UsesGeneralPurposeModel)),
    };

    private bool? Bool(string question) => this[question] switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    // Enum.TryParse accepts names and numbers; a number outside the enum stays, for the use case to refuse.
    private T? Choice<T>(string question)
        where T : struct, Enum =>
        this[question] is { Length: > 0 } text && Enum.TryParse<T>(text, out var value) ? value : null;
}
