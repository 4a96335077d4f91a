using Regie.Workplace.Screening;

namespace Regie.Workplace.Tests.Screening;

public sealed partial class AiActScreeningTests
{
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

    private static readonly DutyKind[] HighRiskWithTransparency =
        [.. HighRiskDuties.Append(DutyKind.Art50Transparency).Order()];

    private static readonly DutyKind[] HighRiskWithFria =
        [.. HighRiskDuties.Append(DutyKind.Art27Fria).Order()];

    private static readonly DutyKind[] LimitedDuties = [DutyKind.Art4Literacy, DutyKind.Art50Transparency];

    private static readonly DutyKind[] MinimalDuties = [DutyKind.Art4Literacy];

    public static TheoryData<string> PathNames => [.. Paths.Keys];

    [Theory]
    [MemberData(nameof(PathNames))]
    public void Classifies_each_path_of_the_AI_Act(string path)
    {
        var expected = Paths[path];

        var result = AiActScreening.Evaluate(expected.Answers);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(expected.RiskClass, result.Value.RiskClass);
        Assert.Equal(expected.Reasons, result.Value.Reasons);
        Assert.Equal(expected.Duties, result.Value.Duties);
    }

    [Fact]
    public void Gives_the_same_outcome_for_the_same_answers()
    {
        var answers = Answers.Recruitment with { GeneratesContent = true, PublicBodyOrPublicService = true };

        var first = AiActScreening.Evaluate(answers).Value;
        var second = AiActScreening.Evaluate(answers).Value;

        Assert.Equal(first.RiskClass, second.RiskClass);
        Assert.Equal(first.Reasons, second.Reasons);
        Assert.Equal(first.Duties, second.Duties);
    }

    private sealed record Expected(ScreeningAnswers Answers, RiskClass RiskClass, ScreeningReason[] Reasons, DutyKind[] Duties);

    private static Expected Prohibited(ScreeningAnswers answers, params ScreeningReason[] reasons) =>
        new(answers, RiskClass.Prohibited, reasons, []);

    private static readonly Dictionary<string, Expected> Paths = new(StringComparer.Ordinal)
    {
        ["Art. 3(1): not an AI system needs no other answer"] = new(
            new ScreeningAnswers { IsAiSystem = false }, RiskClass.NotAiSystem, [ScreeningReason.NotAnAiSystem], []),
        ["Art. 3(1): not an AI system ignores every later answer"] = new(
            Answers.NoToEverything with { IsAiSystem = false, ManipulativeTechniques = true, RecruitmentOrSelection = true },
            RiskClass.NotAiSystem, [ScreeningReason.NotAnAiSystem], []),
        ["Art. 5(1)(a): manipulative techniques"] = Prohibited(
            Answers.NoToEverything with { ManipulativeTechniques = true }, ScreeningReason.Art5ManipulativeTechniques),
        ["Art. 5(1)(b): exploiting vulnerabilities"] = Prohibited(
            Answers.NoToEverything with { ExploitsVulnerabilities = true }, ScreeningReason.Art5ExploitsVulnerabilities),
        ["Art. 5(1)(c): social scoring"] = Prohibited(
            Answers.NoToEverything with { SocialScoring = true }, ScreeningReason.Art5SocialScoring),
        ["Art. 5(1)(d): predicting criminal offences from profiling"] = Prohibited(
            Answers.NoToEverything with { PredictsCriminalOffences = true }, ScreeningReason.Art5CriminalOffencePrediction),
        ["Art. 5(1)(e): untargeted scraping of faces"] = Prohibited(
            Answers.NoToEverything with { UntargetedFacialScraping = true }, ScreeningReason.Art5UntargetedFacialScraping),
        ["Art. 5(1)(f): emotion recognition at work"] = Prohibited(
            Answers.NoToEverything with { EmotionRecognitionAtWork = true, EmotionRecognitionForMedicalOrSafety = false },
            ScreeningReason.Art5EmotionRecognitionAtWork),
        ["Art. 5(1)(g): sensitive biometric categorisation"] = Prohibited(
            Answers.NoToEverything with { SensitiveBiometricCategorisation = true }, ScreeningReason.Art5SensitiveBiometricCategorisation),
        ["Art. 5: every practice hit is a reason, and later answers are not needed"] = Prohibited(
            new ScreeningAnswers
            {
                IsAiSystem = true,
                Role = OperatorRole.Provider,
                ManipulativeTechniques = true,
                ExploitsVulnerabilities = false,
                SocialScoring = true,
                PredictsCriminalOffences = false,
                UntargetedFacialScraping = false,
                EmotionRecognitionAtWork = true,
                EmotionRecognitionForMedicalOrSafety = false,
                SensitiveBiometricCategorisation = false,
            },
            ScreeningReason.Art5ManipulativeTechniques, ScreeningReason.Art5SocialScoring, ScreeningReason.Art5EmotionRecognitionAtWork),
        ["Art. 5(1)(f) exception: emotion recognition for medical or safety reasons is Annex III 1(c) and Art. 50(3)"] = new(
            Answers.NoToEverything with
            {
                EmotionRecognitionAtWork = true,
                EmotionRecognitionForMedicalOrSafety = true,
                ExceptionClaimed = Art63Exception.None,
                PublicBodyOrPublicService = false,
                EmotionOrBiometricCategorisation = null, // implied by the exception, so not asked
            },
            RiskClass.HighRisk,
            [
                ScreeningReason.EmotionRecognitionMedicalOrSafetyException,
                ScreeningReason.AnnexIii1cEmotionRecognition,
                ScreeningReason.Art50EmotionOrBiometricCategorisation,
            ],
            HighRiskWithTransparency),
        ["Annex III 4(a): recruitment and selection"] = new(
            Answers.Recruitment, RiskClass.HighRisk, [ScreeningReason.AnnexIii4aRecruitment], HighRiskDuties),
        ["Annex III 4(b): decisions about the work relationship"] = new(
            Answers.NoToEverything with { WorkRelationshipDecisions = true, ExceptionClaimed = Art63Exception.None, PublicBodyOrPublicService = false },
            RiskClass.HighRisk, [ScreeningReason.AnnexIii4bWorkRelationship], HighRiskDuties),
        ["Annex III 4(a) and 4(b) together"] = new(
            Answers.Recruitment with { WorkRelationshipDecisions = true },
            RiskClass.HighRisk, [ScreeningReason.AnnexIii4aRecruitment, ScreeningReason.AnnexIii4bWorkRelationship], HighRiskDuties),
        ["Annex III: another area"] = new(
            Answers.NoToEverything with
            {
                OtherAnnexIiiUse = true,
                ExceptionClaimed = Art63Exception.None,
                PublicBodyOrPublicService = false,
                CreditOrInsuranceScoring = false,
            },
            RiskClass.HighRisk, [ScreeningReason.AnnexIiiOtherArea], HighRiskDuties),
        ["Art. 6(3): an exception without profiling is not high-risk"] = new(
            Answers.WorkDecisionsClaimingAnException,
            RiskClass.Minimal,
            [ScreeningReason.AnnexIii4bWorkRelationship, ScreeningReason.Art63ExceptionApplies, ScreeningReason.NoSpecificDuties],
            MinimalDuties),
        ["Art. 6(3): an exception without profiling, with a chatbot, is limited"] = new(
            Answers.WorkDecisionsClaimingAnException with { InteractsWithPeople = true },
            RiskClass.Limited,
            [ScreeningReason.AnnexIii4bWorkRelationship, ScreeningReason.Art63ExceptionApplies, ScreeningReason.Art50InteractsWithPeople],
            LimitedDuties),
        ["Art. 6(3): profiling voids the exception"] = new(
            Answers.WorkDecisionsClaimingAnException with { ProfilesPersons = true },
            RiskClass.HighRisk,
            [ScreeningReason.AnnexIii4bWorkRelationship, ScreeningReason.ProfilingVoidsException],
            HighRiskDuties),
        ["Art. 6(3): without a claim, profiling is not asked"] = new(
            Answers.Recruitment with { ProfilesPersons = null, ExceptionReasoning = null },
            RiskClass.HighRisk, [ScreeningReason.AnnexIii4aRecruitment], HighRiskDuties),
        ["Art. 6(3): without an Annex III use, a claimed exception is ignored"] = new(
            Answers.NoToEverything with { ExceptionClaimed = Art63Exception.NarrowProceduralTask },
            RiskClass.Minimal, [ScreeningReason.NoSpecificDuties], MinimalDuties),
        ["Art. 50(1) only: a chatbot is limited"] = new(
            Answers.NoToEverything with { InteractsWithPeople = true },
            RiskClass.Limited, [ScreeningReason.Art50InteractsWithPeople], LimitedDuties),
        ["Art. 50(2) and (4) only: generated content is limited"] = new(
            Answers.NoToEverything with { GeneratesContent = true },
            RiskClass.Limited, [ScreeningReason.Art50GeneratesContent], LimitedDuties),
        ["Art. 50(3) only: lawful emotion recognition or biometric categorisation is limited"] = new(
            Answers.NoToEverything with { EmotionOrBiometricCategorisation = true },
            RiskClass.Limited, [ScreeningReason.Art50EmotionOrBiometricCategorisation], LimitedDuties),
        ["High-risk with Art. 50 adds the transparency duty"] = new(
            Answers.Recruitment with { GeneratesContent = true, InteractsWithPeople = true },
            RiskClass.HighRisk,
            [ScreeningReason.AnnexIii4aRecruitment, ScreeningReason.Art50InteractsWithPeople, ScreeningReason.Art50GeneratesContent],
            HighRiskWithTransparency),
        ["Minimal: no Annex III use and no Art. 50 case"] = new(
            Answers.NoToEverything, RiskClass.Minimal, [ScreeningReason.NoSpecificDuties], MinimalDuties),
        ["Provider: provider duties are out of scope, deployer duties stay"] = new(
            Answers.NoToEverything with { Role = OperatorRole.Provider },
            RiskClass.Minimal, [ScreeningReason.ProviderDutiesOutOfScope, ScreeningReason.NoSpecificDuties], MinimalDuties),
        ["Provider of a high-risk system keeps the deployer duties"] = new(
            Answers.Recruitment with { Role = OperatorRole.Provider },
            RiskClass.HighRisk, [ScreeningReason.ProviderDutiesOutOfScope, ScreeningReason.AnnexIii4aRecruitment], HighRiskDuties),
        ["Art. 27: FRIA mandatory for a public body or public service"] = new(
            Answers.Recruitment with { PublicBodyOrPublicService = true },
            RiskClass.HighRisk, [ScreeningReason.AnnexIii4aRecruitment, ScreeningReason.FriaMandatoryPublicService], HighRiskWithFria),
        ["Art. 27: FRIA mandatory for credit or insurance scoring"] = new(
            Answers.NoToEverything with
            {
                OtherAnnexIiiUse = true,
                ExceptionClaimed = Art63Exception.None,
                PublicBodyOrPublicService = false,
                CreditOrInsuranceScoring = true,
            },
            RiskClass.HighRisk, [ScreeningReason.AnnexIiiOtherArea, ScreeningReason.FriaMandatoryCreditOrInsurance], HighRiskWithFria),
        ["Art. 27: no FRIA question for a system that is not high-risk"] = new(
            Answers.WorkDecisionsClaimingAnException with { PublicBodyOrPublicService = null },
            RiskClass.Minimal,
            [ScreeningReason.AnnexIii4bWorkRelationship, ScreeningReason.Art63ExceptionApplies, ScreeningReason.NoSpecificDuties],
            MinimalDuties),
    };
}
