using System.Collections.Frozen;

namespace Regie.Workplace.Screening;

public static partial class ScreeningTexts
{
    private static readonly FrozenDictionary<string, Bilingual<QuestionText>> Questions =
        new Dictionary<string, Bilingual<QuestionText>>(StringComparer.Ordinal)
        {
            [nameof(ScreeningAnswers.IsAiSystem)] = new(
                Nl: new("Is het een AI-systeem?", "Een AI-systeem werkt met enige zelfstandigheid en leidt uit gegevens af wat het doet: het voorspelt, maakt inhoud, adviseert of beslist. Een systeem dat alleen vaste regels van mensen volgt, is meestal geen AI-systeem.", "AI-verordening art. 3 punt 1"),
                En: new("Is it an AI system?", "An AI system works with some autonomy and works out from its input how to produce predictions, content, recommendations or decisions. A system that only applies fixed rules written by people usually is not one.", "AI Act Art. 3(1)")),
            [nameof(ScreeningAnswers.Role)] = new(
                Nl: new("Wat is de rol van uw organisatie?", "Gebruiker: u gebruikt een systeem van een leverancier. Aanbieder: u maakt het zelf of laat het maken en brengt het onder eigen naam uit. U wordt ook aanbieder als u uw naam op een systeem met hoog risico zet, het flink verandert, of het zo anders inzet dat het hoog risico wordt.", "AI-verordening art. 3 punt 3 en 4, art. 25"),
                En: new("What is the organisation's role?", "Deployer: you use a system from a supplier. Provider: you build it or have it built and release it under your own name. You also become a provider if you put your name on a high-risk system, modify it substantially, or repurpose it so that it becomes high-risk.", "AI Act Art. 3(3) and (4), Art. 25")),
            [nameof(ScreeningAnswers.ManipulativeTechniques)] = new(
                Nl: new("Stuurt het systeem mensen ongemerkt of met misleiding?", "Bijvoorbeeld met verborgen prikkels of trucs die mensen keuzes laten maken die ze anders niet zouden maken, en die hen of anderen flink kunnen schaden.", "AI-verordening art. 5 lid 1 sub a"),
                En: new("Does the system steer people covertly or deceptively?", "For example with hidden cues or tricks that push people into choices they would not otherwise make and that can cause them or others significant harm.", "AI Act Art. 5(1)(a)")),
            [nameof(ScreeningAnswers.ExploitsVulnerabilities)] = new(
                Nl: new("Misbruikt het systeem een kwetsbare positie?", "Bijvoorbeeld iemands leeftijd, beperking of moeilijke sociale of financiële situatie, om gedrag te sturen op een manier die schade kan doen.", "AI-verordening art. 5 lid 1 sub b"),
                En: new("Does the system exploit a vulnerable position?", "For example someone's age, disability or difficult social or financial situation, to steer their behaviour in a way that can cause harm.", "AI Act Art. 5(1)(b)")),
            [nameof(ScreeningAnswers.SocialScoring)] = new(
                Nl: new("Geeft het systeem mensen een score voor gedrag of persoonlijkheid, met nadeel als gevolg?", "Verboden is een score die leidt tot een nadelige behandeling in een heel andere situatie dan waar de gegevens vandaan komen, of tot een behandeling die te zwaar is voor het gedrag.", "AI-verordening art. 5 lid 1 sub c"),
                En: new("Does the system score people on behaviour or personality, to their detriment?", "A score is banned when it leads to worse treatment in a context unrelated to where the data came from, or to treatment out of proportion to the behaviour.", "AI Act Art. 5(1)(c)")),
            [nameof(ScreeningAnswers.PredictsCriminalOffences)] = new(
                Nl: new("Voorspelt het systeem of iemand iets strafbaars gaat doen?", "Verboden als dat alleen op een profiel of op karaktertrekken rust, zoals een 'diefstalrisico' per medewerker. Wel toegestaan: hulp bij een beoordeling door een mens die al rust op controleerbare feiten over een strafbaar feit.", "AI-verordening art. 5 lid 1 sub d"),
                En: new("Does the system predict whether someone will commit an offence?", "Banned when the prediction rests only on a profile or personality traits, such as a 'theft risk' per employee. Allowed: supporting a human assessment already based on verifiable facts about an offence.", "AI Act Art. 5(1)(d)")),
            [nameof(ScreeningAnswers.UntargetedFacialScraping)] = new(
                Nl: new("Verzamelt het systeem zonder doel gezichtsfoto's van internet of uit camerabeelden?", "Verboden is zo een databank voor gezichtsherkenning maken of groter maken.", "AI-verordening art. 5 lid 1 sub e"),
                En: new("Does the system collect face images indiscriminately from the internet or camera footage?", "Building or expanding a face recognition database that way is banned.", "AI Act Art. 5(1)(e)")),
            [nameof(ScreeningAnswers.EmotionRecognitionAtWork)] = new(
                Nl: new("Leidt het systeem gevoelens af van mensen op het werk?", "Bijvoorbeeld stress, boosheid of blijdschap afleiden uit gezicht, stem, houding of hartslag, van medewerkers of sollicitanten. Lichamelijke toestanden zoals pijn of vermoeidheid tellen niet als gevoel.", "AI-verordening art. 5 lid 1 sub f"),
                En: new("Does the system infer the emotions of people at work?", "For example reading stress, anger or joy from the face, voice, posture or heart rate of staff or applicants. Physical states such as pain or fatigue do not count as emotions.", "AI Act Art. 5(1)(f)")),
            [nameof(ScreeningAnswers.EmotionRecognitionForMedicalOrSafety)] = new(
                Nl: new("Gebeurt dat alleen om medische redenen of voor de veiligheid?", "Bijvoorbeeld om te zien of iemand in een gevaarlijke functie in nood raakt. Algemeen welzijn, betrokkenheid of klanttevredenheid meten valt daar niet onder.", "AI-verordening art. 5 lid 1 sub f"),
                En: new("Is that done only for medical or safety reasons?", "For example to notice when someone in a dangerous job is in distress. Measuring general well-being, engagement or customer satisfaction does not qualify.", "AI Act Art. 5(1)(f)")),
            [nameof(ScreeningAnswers.SensitiveBiometricCategorisation)] = new(
                Nl: new("Leidt het systeem uit lichaamskenmerken gevoelige dingen af?", "Bijvoorbeeld uit gezicht of stem afleiden wat iemands afkomst, politieke mening, vakbondslidmaatschap, geloof of seksualiteit is.", "AI-verordening art. 5 lid 1 sub g"),
                En: new("Does the system infer sensitive traits from bodily features?", "For example using a face or voice to guess someone's race, political views, union membership, beliefs or sexuality.", "AI Act Art. 5(1)(g)")),
            [nameof(ScreeningAnswers.RecruitmentOrSelection)] = new(
                Nl: new("Gebruikt u het systeem bij werving en selectie?", "Bijvoorbeeld om vacatures gericht aan mensen te tonen, sollicitaties te filteren of kandidaten te beoordelen.", "AI-verordening bijlage III punt 4 sub a"),
                En: new("Is the system used in recruitment or selection?", "For example to target job ads, filter applications or rate candidates.", "AI Act Annex III point 4(a)")),
            [nameof(ScreeningAnswers.WorkRelationshipDecisions)] = new(
                Nl: new("Helpt het systeem beslissen over het werk van mensen?", "Bijvoorbeeld over arbeidsvoorwaarden, promotie of ontslag, over het verdelen van taken op basis van gedrag of persoonlijke kenmerken, of om te volgen en te beoordelen hoe mensen werken en zich gedragen.", "AI-verordening bijlage III punt 4 sub b"),
                En: new("Does the system help decide about people's work?", "For example on terms of work, promotion or dismissal, on handing out tasks based on behaviour or personal traits, or to monitor and rate how people work and behave.", "AI Act Annex III point 4(b)")),
            [nameof(ScreeningAnswers.OtherAnnexIiiUse)] = new(
                Nl: new("Wordt het systeem gebruikt in een ander gebied met hoog risico?", "De lijst noemt ook: herkenning van mensen op lichaamskenmerken, vitale voorzieningen zoals energie en water, onderwijs, toegang tot belangrijke diensten zoals uitkeringen, krediet, verzekeringen en noodhulp, politie, migratie, rechtspraak en verkiezingen.", "AI-verordening bijlage III"),
                En: new("Is the system used in another high-risk area?", "The list also covers: biometrics, critical infrastructure such as energy and water, education, access to essential services such as benefits, credit, insurance and emergency help, law enforcement, migration, justice and elections.", "AI Act Annex III")),
            [nameof(ScreeningAnswers.ExceptionClaimed)] = new(
                Nl: new("Doet u een beroep op een uitzondering?", "Een systeem van de lijst heeft geen hoog risico als het weinig kwaad kan en alleen een kleine procedurele taak doet, klaar mensenwerk verbetert, alleen op patronen wijst of voorbereidend werk doet. Kies 'geen uitzondering' als dat niet zo is.", "AI-verordening art. 6 lid 3"),
                En: new("Is an exception claimed?", "A listed system is not high-risk when it poses no significant risk and only does a narrow procedural task, improves finished human work, flags patterns, or does preparatory work. Choose 'no exception' otherwise.", "AI Act Art. 6(3)")),
            [nameof(ScreeningAnswers.ExceptionReasoning)] = new(
                Nl: new("Waarom geldt de uitzondering?", "Leg in eigen woorden uit waarom het systeem de beslissing niet echt stuurt. Gebruik daarbij ook de uitleg van de aanbieder.", "AI-verordening art. 6 lid 4"),
                En: new("Why does the exception apply?", "Explain in your own words why the system does not really shape the decision, drawing on the provider's own assessment.", "AI Act Art. 6(4)")),
            [nameof(ScreeningAnswers.ProfilesPersons)] = new(
                Nl: new("Maakt het systeem profielen van mensen?", "Profileren is met persoonsgegevens iets over iemand voorspellen of beoordelen, zoals prestaties, betrouwbaarheid, gedrag of gezondheid. Dan geldt de uitzondering niet.", "AI-verordening art. 6 lid 3, laatste alinea"),
                En: new("Does the system profile people?", "Profiling means using personal data to predict or judge something about a person, such as performance, reliability, behaviour or health. If so, the exception does not apply.", "AI Act Art. 6(3), last subparagraph")),
            [nameof(ScreeningAnswers.InteractsWithPeople)] = new(
                Nl: new("Hebben mensen direct contact met het systeem?", "Bijvoorbeeld een chatbot of digitale assistent die vragen beantwoordt.", "AI-verordening art. 50 lid 1"),
                En: new("Do people deal with the system directly?", "For example a chatbot or digital assistant that answers questions.", "AI Act Art. 50(1)")),
            [nameof(ScreeningAnswers.GeneratesContent)] = new(
                Nl: new("Maakt of verandert het systeem tekst, beeld, geluid of video?", "Bijvoorbeeld teksten schrijven, afbeeldingen maken of stemmen nadoen, ook nepbeelden (deepfakes).", "AI-verordening art. 50 lid 2 en 4"),
                En: new("Does the system create or alter text, images, audio or video?", "For example writing texts, making pictures or imitating voices, including deep fakes.", "AI Act Art. 50(2) and (4)")),
            [nameof(ScreeningAnswers.EmotionOrBiometricCategorisation)] = new(
                Nl: new("Herkent het systeem emoties of deelt het mensen in op lichaamskenmerken?", "Het gaat om gebruik dat niet verboden is, zoals mensen indelen naar leeftijdsgroep met een gezichtsscan.", "AI-verordening art. 50 lid 3"),
                En: new("Does the system recognise emotions or sort people by bodily features?", "This covers uses that are not banned, such as sorting people into age groups from a face scan.", "AI Act Art. 50(3)")),
            [nameof(ScreeningAnswers.PublicBodyOrPublicService)] = new(
                Nl: new("Is uw organisatie een overheidsorgaan of levert zij een publieke dienst?", "Bijvoorbeeld een gemeente of ministerie, of een organisatie voor onderwijs, zorg, sociale diensten of huisvesting.", "AI-verordening art. 27 lid 1"),
                En: new("Is the organisation a public body or does it provide a public service?", "For example a municipality or ministry, or an organisation in education, healthcare, social services or housing.", "AI Act Art. 27(1)")),
            [nameof(ScreeningAnswers.CreditOrInsuranceScoring)] = new(
                Nl: new("Beoordeelt het systeem kredietwaardigheid of de prijs van een levens- of zorgverzekering?", "Het gaat om mensen beoordelen voor krediet, of risico en premie bepalen voor levens- en ziektekostenverzekeringen. Fraude opsporen telt niet mee.", "AI-verordening bijlage III punt 5 sub b en c"),
                En: new("Does the system judge creditworthiness or price life or health insurance?", "This means rating people for credit, or setting risk and premiums for life and health insurance. Fraud detection does not count.", "AI Act Annex III point 5(b) and (c)")),
            [nameof(ScreeningAnswers.UsesGeneralPurposeModel)] = new(
                Nl: new("Is het systeem gebouwd op een AI-model voor algemene doeleinden?", "Bijvoorbeeld een groot taalmodel zoals in chatbots. Dit verandert de uitkomst niet, want de plichten voor het model liggen bij de maker ervan, maar het helpt om te weten wat u bij de aanbieder kunt opvragen.", "AI-verordening art. 3 punt 63 en art. 53"),
                En: new("Is the system built on a general-purpose AI model?", "For example a large language model as used in chatbots. It does not change the outcome, since the model's duties lie with its maker, but it shows what to ask the provider for.", "AI Act Art. 3(63) and Art. 53")),
        }.ToFrozenDictionary(StringComparer.Ordinal);
}
