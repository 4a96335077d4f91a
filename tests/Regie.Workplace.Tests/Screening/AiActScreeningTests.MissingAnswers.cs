using Regie.Core.Results;
using Regie.Workplace.Screening;

namespace Regie.Workplace.Tests.Screening;

public sealed partial class AiActScreeningTests
{
    public static TheoryData<string> GapNames => [.. Gaps.Keys];

    [Theory]
    [MemberData(nameof(GapNames))]
    public void Names_each_missing_answer_the_path_needs(string gap)
    {
        var (answers, fields) = Gaps[gap];

        var result = AiActScreening.Evaluate(answers);

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal(fields, error.Fields.Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_claimed_exception_needs_its_reasoning(string? reasoning)
    {
        var answers = Answers.WorkDecisionsClaimingAnException with { ExceptionReasoning = reasoning };

        var result = AiActScreening.Evaluate(answers);

        var error = Assert.IsType<ValidationError>(result.Error);
        var message = Assert.Single(error.Fields[nameof(ScreeningAnswers.ExceptionReasoning)]);
        Assert.Contains("Art. 6(4)", message, StringComparison.Ordinal);
        Assert.Single(error.Fields);
    }

    private static readonly Dictionary<string, (ScreeningAnswers Answers, string[] Fields)> Gaps = new(StringComparer.Ordinal)
    {
        ["nothing answered"] = (new ScreeningAnswers(), [nameof(ScreeningAnswers.IsAiSystem)]),
        ["only that it is AI"] = (
            new ScreeningAnswers { IsAiSystem = true },
            [
                nameof(ScreeningAnswers.Role),
                nameof(ScreeningAnswers.ManipulativeTechniques),
                nameof(ScreeningAnswers.ExploitsVulnerabilities),
                nameof(ScreeningAnswers.SocialScoring),
                nameof(ScreeningAnswers.PredictsCriminalOffences),
                nameof(ScreeningAnswers.UntargetedFacialScraping),
                nameof(ScreeningAnswers.EmotionRecognitionAtWork),
                nameof(ScreeningAnswers.SensitiveBiometricCategorisation),
            ]),
        ["emotion recognition at work without the exception answer"] = (
            Answers.NoToEverything with { EmotionRecognitionAtWork = true },
            [nameof(ScreeningAnswers.EmotionRecognitionForMedicalOrSafety)]),
        ["a prohibited practice without the role"] = (
            Answers.NoToEverything with { Role = null, SocialScoring = true },
            [nameof(ScreeningAnswers.Role)]),
        ["a prohibited practice with another Art. 5 answer open"] = (
            Answers.NoToEverything with { SocialScoring = true, SensitiveBiometricCategorisation = null },
            [nameof(ScreeningAnswers.SensitiveBiometricCategorisation)]),
        ["an open Annex III answer still lets Art. 50 be checked"] = (
            Answers.NoToEverything with { RecruitmentOrSelection = null, InteractsWithPeople = null },
            [nameof(ScreeningAnswers.RecruitmentOrSelection), nameof(ScreeningAnswers.InteractsWithPeople)]),
        ["an Annex III use without the exception answer"] = (
            Answers.Recruitment with { ExceptionClaimed = null, PublicBodyOrPublicService = null },
            [nameof(ScreeningAnswers.ExceptionClaimed)]),
        ["a claimed exception without reasoning or profiling"] = (
            Answers.WorkDecisionsClaimingAnException with { ExceptionReasoning = null, ProfilesPersons = null },
            [nameof(ScreeningAnswers.ExceptionReasoning), nameof(ScreeningAnswers.ProfilesPersons)]),
        ["a high-risk system without the public body answer"] = (
            Answers.Recruitment with { PublicBodyOrPublicService = null },
            [nameof(ScreeningAnswers.PublicBodyOrPublicService)]),
        ["a high-risk other Annex III use without the credit or insurance answer"] = (
            Answers.NoToEverything with { OtherAnnexIiiUse = true, ExceptionClaimed = Art63Exception.None, PublicBodyOrPublicService = false },
            [nameof(ScreeningAnswers.CreditOrInsuranceScoring)]),
        ["the Art. 50 answers"] = (
            Answers.NoToEverything with { InteractsWithPeople = null, GeneratesContent = null, EmotionOrBiometricCategorisation = null },
            [
                nameof(ScreeningAnswers.InteractsWithPeople),
                nameof(ScreeningAnswers.GeneratesContent),
                nameof(ScreeningAnswers.EmotionOrBiometricCategorisation),
            ]),
        ["a role that is not one of the options"] = (
            Answers.NoToEverything with { Role = (OperatorRole)99 },
            [nameof(ScreeningAnswers.Role)]),
        ["an exception that is not one of the options"] = (
            Answers.Recruitment with { ExceptionClaimed = (Art63Exception)99 },
            [nameof(ScreeningAnswers.ExceptionClaimed)]),
    };
}
