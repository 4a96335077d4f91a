using System.Text.Json.Serialization;

namespace Regie.Workplace.Screening;

/// <summary>The result of an AI Act screening: a risk class, the reasons for it and the deployer duties that follow.</summary>
public sealed record ScreeningOutcome(
    RiskClass RiskClass,
    IReadOnlyList<ScreeningReason> Reasons,
    IReadOnlyList<DutyKind> Duties);

/// <summary>The AI Act class a system falls in, for this organisation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskClass>))]
public enum RiskClass
{
    /// <summary>Not an AI system in the sense of Art. 3(1): the AI Act does not apply (WOR and GDPR still may).</summary>
    NotAiSystem = 1,

    /// <summary>A prohibited practice (Art. 5): may not be used.</summary>
    Prohibited = 2,

    /// <summary>High-risk (Art. 6 with Annex III).</summary>
    HighRisk = 3,

    /// <summary>Transparency duties (Art. 50) apply.</summary>
    Limited = 4,

    /// <summary>No specific AI Act duties beyond AI literacy (Art. 4).</summary>
    Minimal = 5,
}

/// <summary>Why a screening reached its class; each reason cites the provision it rests on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScreeningReason>))]
public enum ScreeningReason
{
    NotAnAiSystem = 1,
    Art5ManipulativeTechniques,
    Art5ExploitsVulnerabilities,
    Art5SocialScoring,
    Art5UntargetedFacialScraping,
    Art5EmotionRecognitionAtWork,
    Art5SensitiveBiometricCategorisation,
    EmotionRecognitionMedicalOrSafetyException,
    AnnexIii4aRecruitment,
    AnnexIii4bWorkRelationship,
    AnnexIiiOtherArea,
    ProfilingVoidsException,
    Art63ExceptionApplies,
    Art50InteractsWithPeople,
    Art50GeneratesContent,
    Art50EmotionOrBiometricCategorisation,
    ProviderDutiesOutOfScope,
    FriaMandatoryPublicService,
    NoSpecificDuties,

    /// <summary>Art. 5(1)(d): predicts criminal offences solely from profiling or personality traits.</summary>
    Art5CriminalOffencePrediction,

    /// <summary>Annex III point 1(c): emotion recognition that is not prohibited is a high-risk use.</summary>
    AnnexIii1cEmotionRecognition,

    /// <summary>Art. 27(1): creditworthiness or life and health insurance pricing (Annex III point 5(b)/(c)).</summary>
    FriaMandatoryCreditOrInsurance,
}

/// <summary>A duty that follows from a screening (or from national law about the system), tracked as a checklist item.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DutyKind>))]
public enum DutyKind
{
    /// <summary>Art. 4: AI literacy of staff operating the system.</summary>
    Art4Literacy = 1,

    /// <summary>Art. 14(4) with 26(2): oversight design, the five capabilities of the overseers.</summary>
    Art14OversightDesign,

    /// <summary>Art. 26(1): use according to the provider's instructions for use.</summary>
    Art26_1InstructionsForUse,

    /// <summary>Art. 26(2): overseers with competence, training, authority and support.</summary>
    Art26_2CompetentOversight,

    /// <summary>Art. 26(4): relevant and representative input data where the deployer controls it.</summary>
    Art26_4InputData,

    /// <summary>Art. 26(5): monitor operation, inform the provider, suspend, report serious incidents.</summary>
    Art26_5Monitoring,

    /// <summary>Art. 26(6): keep the automatically generated logs at least six months.</summary>
    Art26_6Logs,

    /// <summary>Art. 26(7): inform workers' representatives and affected workers before use at the workplace.</summary>
    Art26_7InformWorkers,

    /// <summary>Art. 26(9): use the provider's information for the DPIA (GDPR Art. 35).</summary>
    Art26_9Dpia,

    /// <summary>Art. 26(11): tell people they are subject to the system's decisions.</summary>
    Art26_11InformDecisionSubjects,

    /// <summary>Art. 27: fundamental rights impact assessment (mandatory for public bodies and public services).</summary>
    Art27Fria,

    /// <summary>Art. 50: transparency towards the people concerned.</summary>
    Art50Transparency,

    /// <summary>Art. 86: a way to give a clear and meaningful explanation on request.</summary>
    Art86Explanation,

    /// <summary>WOR art. 25(1)(k): ask the works council's advice on an important technological provision.</summary>
    Wor25AdviceRequest,

    /// <summary>WOR art. 27(1)(l): the works council's consent for a system suitable for monitoring staff.</summary>
    Wor27ConsentRequest,
}
