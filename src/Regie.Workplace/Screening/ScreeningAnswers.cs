using System.Text.Json.Serialization;

namespace Regie.Workplace.Screening;

/// <summary>
/// The answers of one AI Act screening (Regulation (EU) 2024/1689) for an employer. Null means "not answered";
/// <c>AiActScreening.Evaluate</c> says which answers the path taken requires.
/// </summary>
public sealed record ScreeningAnswers
{
    /// <summary>Art. 3(1): a machine-based system that infers from its input how to generate outputs (predictions,
    /// content, recommendations, decisions) with some autonomy.</summary>
    public bool? IsAiSystem { get; init; }

    /// <summary>The organisation's role towards the system (Art. 3(3)–(4), Art. 25).</summary>
    public OperatorRole? Role { get; init; }

    /// <summary>Art. 5(1)(a): subliminal, manipulative or deceptive techniques that distort behaviour.</summary>
    public bool? ManipulativeTechniques { get; init; }

    /// <summary>Art. 5(1)(b): exploits vulnerabilities of age, disability or social or economic situation.</summary>
    public bool? ExploitsVulnerabilities { get; init; }

    /// <summary>Art. 5(1)(c): social scoring leading to detrimental or unfavourable treatment.</summary>
    public bool? SocialScoring { get; init; }

    /// <summary>Art. 5(1)(d): assesses or predicts the risk that a person commits a criminal offence, based solely on
    /// profiling or on personality traits (e.g. a "theft risk" per employee). Not covered: support for a human
    /// assessment that already rests on objective, verifiable facts linked to a criminal activity.</summary>
    public bool? PredictsCriminalOffences { get; init; }

    /// <summary>Art. 5(1)(e): facial recognition databases built by untargeted scraping.</summary>
    public bool? UntargetedFacialScraping { get; init; }

    /// <summary>Art. 5(1)(f): infers emotions of people at the workplace.</summary>
    public bool? EmotionRecognitionAtWork { get; init; }

    /// <summary>Art. 5(1)(f) exception: the emotion recognition is for medical or safety reasons.</summary>
    public bool? EmotionRecognitionForMedicalOrSafety { get; init; }

    /// <summary>Art. 5(1)(g): biometric categorisation to deduce race, political opinions, union membership,
    /// religion, sex life or sexual orientation.</summary>
    public bool? SensitiveBiometricCategorisation { get; init; }

    /// <summary>Annex III point 4(a): recruitment or selection (targeted job ads, filtering applications,
    /// evaluating candidates).</summary>
    public bool? RecruitmentOrSelection { get; init; }

    /// <summary>Annex III point 4(b): decisions on terms of work, promotion, termination, task allocation based on
    /// behaviour or traits, or monitoring and evaluating performance and behaviour.</summary>
    public bool? WorkRelationshipDecisions { get; init; }

    /// <summary>Another Annex III area (biometrics, education, essential services, …) applies.</summary>
    public bool? OtherAnnexIiiUse { get; init; }

    /// <summary>Art. 6(3) last subparagraph: the system profiles natural persons (then it is always high-risk).</summary>
    public bool? ProfilesPersons { get; init; }

    /// <summary>The Art. 6(3) condition claimed to argue an Annex III system is not high-risk;
    /// <see cref="Art63Exception.None"/> when no condition is claimed (null stays "not answered").</summary>
    public Art63Exception? ExceptionClaimed { get; init; }

    /// <summary>Why the claimed exception holds (required with a claim; Art. 6(4) asks it be documented).</summary>
    public string? ExceptionReasoning { get; init; }

    /// <summary>Art. 50(1): people interact with it directly (a chatbot or assistant).</summary>
    public bool? InteractsWithPeople { get; init; }

    /// <summary>Art. 50(2) and 50(4): it generates or manipulates text, images, audio or video (incl. deep fakes).</summary>
    public bool? GeneratesContent { get; init; }

    /// <summary>Art. 50(3): emotion recognition or biometric categorisation that is not prohibited.</summary>
    public bool? EmotionOrBiometricCategorisation { get; init; }

    /// <summary>Art. 27(1): a body governed by public law or a private entity providing public services (then a
    /// fundamental rights impact assessment is mandatory for Annex III systems).</summary>
    public bool? PublicBodyOrPublicService { get; init; }

    /// <summary>Annex III point 5(b) or 5(c): assesses creditworthiness (not fraud detection) or prices life or health
    /// insurance; Art. 27(1) then makes the fundamental rights impact assessment mandatory for any deployer.</summary>
    public bool? CreditOrInsuranceScoring { get; init; }

    /// <summary>Built on a general-purpose AI model (informational; GPAI duties fall on its provider).</summary>
    public bool? UsesGeneralPurposeModel { get; init; }
}

/// <summary>The organisation's role towards an AI system.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OperatorRole>))]
public enum OperatorRole
{
    /// <summary>Uses the system under its authority (Art. 3(4)); the usual case for an employer.</summary>
    Deployer = 1,

    /// <summary>Develops it, or puts it on the market or into service under its own name (Art. 3(3), Art. 25(1)).</summary>
    Provider = 2,
}

/// <summary>The four conditions of Art. 6(3) under which an Annex III system is not high-risk.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Art63Exception>))]
public enum Art63Exception
{
    /// <summary>No condition is claimed: an Annex III system stays high-risk.</summary>
    None = 0,

    /// <summary>(a) performs a narrow procedural task.</summary>
    NarrowProceduralTask = 1,

    /// <summary>(b) improves the result of a previously completed human activity.</summary>
    ImprovesHumanActivity = 2,

    /// <summary>(c) detects decision patterns or deviations without replacing or influencing human assessment.</summary>
    DetectsPatternsOnly = 3,

    /// <summary>(d) performs a preparatory task to an assessment.</summary>
    PreparatoryTask = 4,
}
