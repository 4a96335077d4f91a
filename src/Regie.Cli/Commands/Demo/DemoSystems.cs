using Regie.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// One AI system of the demo: what the register holds, the screening answers, the duties its owner has already
/// done (with evidence) and the lifecycle moves after the screening.
/// </summary>
internal sealed record DemoSystem(
    string Name,
    string Purpose,
    string Provider,
    DecisionTypes DecisionTypes,
    string DataUsed,
    bool MonitoringCapable,
    string PlainLanguageSummary,
    string ContactPoint,
    IReadOnlyList<string> WorkerGroups,
    IReadOnlyList<string> JobProfiles,
    bool Overseen,
    ScreeningAnswers Answers,
    IReadOnlyDictionary<DutyKind, DutyStatus> Duties,
    IReadOnlyList<AiSystemStatus> MovesAfterScreening);

/// <summary>
/// The four demo systems, one per path of the AI Act screening that matters at work. All providers and products are
/// made up. A care group is a private entity providing a public service (AI Act recital 96 names health care), so
/// the fundamental rights impact assessment (Art. 27) applies to its high-risk systems.
/// </summary>
internal static class DemoSystems
{
    /// <summary>Every answer "no" for a system the organisation deploys; each demo system changes what applies.</summary>
    private static readonly ScreeningAnswers Deployed = new()
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
        UsesGeneralPurposeModel = false,
    };

    private static readonly AiSystemStatus[] ToConsultation = [AiSystemStatus.ImpactAssessment, AiSystemStatus.Consultation];

    private static readonly AiSystemStatus[] ToPreparation = [.. ToConsultation, AiSystemStatus.Decision, AiSystemStatus.Preparation];

    private static readonly string[] CareGroups = ["Wijkverpleging", "Zorgteams verpleeghuis"];

    /// <summary>Annex III point 4(b): allocates shifts on behaviour and traits and tracks performance; consent of the OR needed.</summary>
    public static DemoSystem Rostering { get; } = new(
        "RoosterWijzer (demo)",
        "Stelt roosters voor de zorgteams voor en verdeelt diensten en cliëntbezoeken op basis van beschikbaarheid, bevoegdheden, reistijd en eerder gewerkte diensten.",
        "Voorbeeld Planning B.V. (fictief)",
        DecisionTypes.TaskAllocation | DecisionTypes.Scheduling | DecisionTypes.Monitoring,
        "Beschikbaarheid, contracturen, bevoegdheden, reistijden, geregistreerde werktijden",
        MonitoringCapable: true,
        "RoosterWijzer maakt een voorstel voor uw rooster. Een planner bekijkt elk voorstel en beslist. U kunt altijd vragen waarom u een dienst kreeg en bezwaar maken bij de planner.",
        "Planningsbureau, planning@voorbeeldhaven.example",
        [.. CareGroups, "Flexpool zorg"],
        ["Wijkverpleegkundige", "Verzorgende IG"],
        Overseen: true,
        Deployed with { WorkRelationshipDecisions = true, ExceptionClaimed = Art63Exception.None, PublicBodyOrPublicService = true },
        new Dictionary<DutyKind, DutyStatus>
        {
            [DutyKind.Art4Literacy] = DutyStatus.Done,
            [DutyKind.Art26_1InstructionsForUse] = DutyStatus.Done,
            [DutyKind.Wor25AdviceRequest] = DutyStatus.Done,
            [DutyKind.Art26_7InformWorkers] = DutyStatus.InProgress,
        },
        ToPreparation);

    /// <summary>Art. 50(1): a chatbot for HR questions; limited risk, live once its before-use duties are done.</summary>
    public static DemoSystem HrChatbot { get; } = new(
        "Vraagbaak HR (demo)",
        "Beantwoordt vragen van medewerkers over verlof, roosterregels, salaris en regelingen uit de cao en het personeelshandboek.",
        "Voorbeeld Chatdiensten (fictief)",
        DecisionTypes.None,
        "Vragen van medewerkers; cao-teksten en personeelshandboek",
        MonitoringCapable: false,
        "De Vraagbaak is een chatbot, geen mens. Hij legt regelingen uit maar neemt geen besluiten over u. Klopt een antwoord niet of wilt u iemand spreken? Neem dan contact op met HR.",
        "HR-servicepunt, hr@voorbeeldhaven.example",
        [.. CareGroups, "Planning en administratie"],
        ["Wijkverpleegkundige", "Verzorgende IG", "Planner en administratief medewerker"],
        Overseen: true,
        Deployed with { InteractsWithPeople = true, GeneratesContent = true, UsesGeneralPurposeModel = true },
        new Dictionary<DutyKind, DutyStatus>
        {
            [DutyKind.Art4Literacy] = DutyStatus.Done,
            [DutyKind.Art50Transparency] = DutyStatus.Done,
            [DutyKind.Wor25AdviceRequest] = DutyStatus.Done,
        },
        [.. ToPreparation, AiSystemStatus.Live]);

    /// <summary>Art. 5(1)(f): emotion recognition of staff at work, not for medical or safety reasons: prohibited, so blocked.</summary>
    public static DemoSystem MoodCamera { get; } = new(
        "Stemmingsmeter (demo)",
        "Camera's in de huiskamers van het verpleeghuis leiden uit gezichtsuitdrukkingen af hoe gestrest of tevreden medewerkers zijn, om de werksfeer te meten.",
        "Voorbeeld Vision (fictief)",
        DecisionTypes.Monitoring,
        "Camerabeelden van de gezichten van medewerkers",
        MonitoringCapable: true,
        "Dit systeem wordt niet gebruikt: het herkent emoties van medewerkers op het werk, en dat is verboden.",
        "Privacyteam, privacy@voorbeeldhaven.example",
        ["Zorgteams verpleeghuis"],
        [],
        Overseen: false,
        Deployed with { EmotionRecognitionAtWork = true, EmotionRecognitionForMedicalOrSafety = false },
        new Dictionary<DutyKind, DutyStatus>(),
        []);

    /// <summary>Annex III point 4(a): filters job applications; high-risk, now with the works council.</summary>
    public static DemoSystem CvScreening { get; } = new(
        "CV-Filter (demo)",
        "Sorteert sollicitaties voor zorgfuncties en stelt voor welke kandidaten op gesprek komen, op basis van cv en motivatiebrief.",
        "Voorbeeld Werving B.V. (fictief)",
        DecisionTypes.Recruitment,
        "Cv's, motivatiebrieven, antwoorden op selectievragen",
        MonitoringCapable: false,
        "CV-Filter helpt recruiters sollicitaties te ordenen. Een recruiter leest elke sollicitatie en beslist wie op gesprek komt. U kunt vragen hoe uw sollicitatie is beoordeeld.",
        "Recruitment, werken@voorbeeldhaven.example",
        [],
        ["Wijkverpleegkundige", "Verzorgende IG"],
        Overseen: true,
        Deployed with { RecruitmentOrSelection = true, ExceptionClaimed = Art63Exception.None, PublicBodyOrPublicService = true },
        new Dictionary<DutyKind, DutyStatus>(),
        ToConsultation);

    public static IReadOnlyList<DemoSystem> All { get; } = [Rostering, HrChatbot, MoodCamera, CvScreening];

    /// <summary>What the demo records as the evidence of a duty it marks done (or in progress).</summary>
    public static string Evidence(DutyKind kind) => kind switch
    {
        DutyKind.Art4Literacy => "Alle gebruikers volgden de training 'Werken met AI' (fictief voorbeeld).",
        DutyKind.Art26_1InstructionsForUse => "Werkafspraken over de gebruiksaanwijzing van de aanbieder vastgelegd (fictief voorbeeld).",
        DutyKind.Art26_7InformWorkers => "Informatiebrief aan OR en zorgteams in concept (fictief voorbeeld).",
        DutyKind.Art50Transparency => "De chatbot meldt bij elk gesprek dat u met een AI-assistent praat (fictief voorbeeld).",
        DutyKind.Wor25AdviceRequest => "Adviesaanvraag aan de ondernemingsraad gestuurd; positief advies ontvangen (fictief voorbeeld).",
        _ => "Afgerond (fictief voorbeeld).",
    };
}
