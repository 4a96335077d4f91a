using Regie.Workplace.Screening;

namespace Regie.Workplace.Tests.Screening;

/// <summary>Screening answers to start a test case from.</summary>
internal static class Answers
{
    /// <summary>An AI system the organisation deploys, with "no" to every question the path then asks.</summary>
    public static ScreeningAnswers NoToEverything { get; } = new()
    {
        IsAiSystem = true,
        Role = OperatorRole.Deployer,
        ManipulativeTechniques = false,
        ExploitsVulnerabilities = false,
        SocialScoring = false,
        PredictsCriminalOffences = false,
        UntargetedFacialScraping = false,
        EmotionRecognitionAtWork = false,
        SensitiveBiometricCategorisation = false,
        RecruitmentOrSelection = false,
        WorkRelationshipDecisions = false,
        OtherAnnexIiiUse = false,
        InteractsWithPeople = false,
        GeneratesContent = false,
        EmotionOrBiometricCategorisation = false,
    };

    /// <summary>A recruitment system (Annex III point 4(a)) with no exception claimed, at a private employer.</summary>
    public static ScreeningAnswers Recruitment { get; } = NoToEverything with
    {
        RecruitmentOrSelection = true,
        ExceptionClaimed = Art63Exception.None,
        PublicBodyOrPublicService = false,
    };

    /// <summary>A system for decisions about work (Annex III point 4(b)) that claims an Art. 6(3) exception.</summary>
    public static ScreeningAnswers WorkDecisionsClaimingAnException { get; } = NoToEverything with
    {
        WorkRelationshipDecisions = true,
        ExceptionClaimed = Art63Exception.PreparatoryTask,
        ExceptionReasoning = "It only gathers last month's rosters for the planner, who decides alone.",
        ProfilesPersons = false,
        PublicBodyOrPublicService = false,
    };
}
