using Regie.Workplace.Register;

namespace Regie.TestKit.Workplace;

/// <summary>Irrelevant but valid values for workplace tests.</summary>
public static class Some
{
    public static AiSystemRequest AiSystem(string name = "Rooster-assistent", bool monitoringCapable = false) => new(
        name,
        "Makes weekly rosters from demand forecasts and availability.",
        "Voorbeeld Software B.V.",
        "3.2",
        DecisionTypes.Scheduling,
        "Rosters, availability, sales per hour",
        monitoringCapable,
        "Het systeem maakt een voorstel voor het weekrooster. Een planner kijkt het na.",
        "Planning, planning@example.nl",
        [],
        [],
        []);
}

/// <summary>Complete screening answers for the common paths.</summary>
public static class Answers
{
    /// <summary>A deployed system that decides on task allocation and monitors performance: Annex III 4(b), high-risk.</summary>
    public static Regie.Workplace.Screening.ScreeningAnswers HighRisk() => Minimal() with { WorkRelationshipDecisions = true, ProfilesPersons = true };

    /// <summary>An AI system with no Art. 5, Annex III or Art. 50 hit: minimal risk.</summary>
    public static Regie.Workplace.Screening.ScreeningAnswers Minimal() => new()
    {
        IsAiSystem = true,
        Role = Regie.Workplace.Screening.OperatorRole.Deployer,
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
        ProfilesPersons = false,
        ExceptionClaimed = Regie.Workplace.Screening.Art63Exception.None,
        CreditOrInsuranceScoring = false,
        InteractsWithPeople = false,
        GeneratesContent = false,
        EmotionOrBiometricCategorisation = false,
        PublicBodyOrPublicService = false,
        UsesGeneralPurposeModel = false,
    };

    /// <summary>Emotion recognition of staff, not for medical or safety reasons: prohibited (Art. 5(1)(f)).</summary>
    public static Regie.Workplace.Screening.ScreeningAnswers Prohibited() => Minimal() with
    {
        EmotionRecognitionAtWork = true,
        EmotionRecognitionForMedicalOrSafety = false,
    };
}
