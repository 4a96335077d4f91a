using System.Collections.Frozen;

namespace Regie.Workplace.Screening;

public static partial class ScreeningTexts
{
    private static readonly FrozenDictionary<ScreeningReason, Bilingual<ScreeningText>> Reasons =
        new Dictionary<ScreeningReason, Bilingual<ScreeningText>>
        {
            [ScreeningReason.NotAnAiSystem] = new(
                Nl: new("Geen AI", "Het systeem volgt vaste regels die mensen hebben bedacht en leert of redeneert niet zelf uit gegevens.", "AI-verordening art. 3 punt 1"),
                En: new("Not AI", "The system follows fixed rules written by people and does not itself infer from data how to produce its output.", "AI Act Art. 3(1)")),
            [ScreeningReason.Art5ManipulativeTechniques] = new(
                Nl: new("Manipulatie", "Het systeem stuurt mensen ongemerkt of met misleiding, zodat ze keuzes maken die hen schaden.", "AI-verordening art. 5 lid 1 sub a"),
                En: new("Manipulation", "The system steers people covertly or deceptively into choices that harm them.", "AI Act Art. 5(1)(a)")),
            [ScreeningReason.Art5ExploitsVulnerabilities] = new(
                Nl: new("Misbruik van kwetsbaarheid", "Het systeem misbruikt iemands leeftijd, beperking of moeilijke sociale of financiële situatie om gedrag te sturen, met schade als gevolg.", "AI-verordening art. 5 lid 1 sub b"),
                En: new("Exploiting vulnerability", "The system takes advantage of someone's age, disability or difficult social or financial situation to steer their behaviour, causing harm.", "AI Act Art. 5(1)(b)")),
            [ScreeningReason.Art5SocialScoring] = new(
                Nl: new("Sociale score", "Het systeem geeft mensen een score voor hun gedrag of persoonlijkheid, en die score leidt tot een oneerlijke of te zware behandeling.", "AI-verordening art. 5 lid 1 sub c"),
                En: new("Social scoring", "The system scores people on their behaviour or personality, and the score leads to unfair or disproportionate treatment.", "AI Act Art. 5(1)(c)")),
            [ScreeningReason.Art5CriminalOffencePrediction] = new(
                Nl: new("Voorspellen van strafbare feiten", "Het systeem schat in of iemand iets strafbaars gaat doen, alleen op basis van een profiel of karaktertrekken.", "AI-verordening art. 5 lid 1 sub d"),
                En: new("Predicting offences", "The system estimates whether someone will commit an offence from a profile or personality traits alone.", "AI Act Art. 5(1)(d)")),
            [ScreeningReason.Art5UntargetedFacialScraping] = new(
                Nl: new("Gezichten massaal verzamelen", "Het systeem vult een databank voor gezichtsherkenning met foto's die zonder doel van internet of uit camerabeelden zijn gehaald.", "AI-verordening art. 5 lid 1 sub e"),
                En: new("Scraping faces", "The system fills a face recognition database with images collected indiscriminately from the internet or camera footage.", "AI Act Art. 5(1)(e)")),
            [ScreeningReason.Art5EmotionRecognitionAtWork] = new(
                Nl: new("Emoties herkennen op het werk", "Het systeem leidt gevoelens af van mensen op het werk, en niet om medische redenen of voor de veiligheid.", "AI-verordening art. 5 lid 1 sub f"),
                En: new("Emotion recognition at work", "The system infers how people at work feel, and not for medical or safety reasons.", "AI Act Art. 5(1)(f)")),
            [ScreeningReason.Art5SensitiveBiometricCategorisation] = new(
                Nl: new("Gevoelige indeling op lichaamskenmerken", "Het systeem leidt uit lichaamskenmerken af wat iemands afkomst, politieke mening, vakbondslidmaatschap, geloof of seksualiteit is.", "AI-verordening art. 5 lid 1 sub g"),
                En: new("Sensitive biometric categorisation", "The system uses bodily features to guess someone's race, political views, union membership, beliefs or sexuality.", "AI Act Art. 5(1)(g)")),
            [ScreeningReason.EmotionRecognitionMedicalOrSafetyException] = new(
                Nl: new("Emoties herkennen om medische redenen of veiligheid", "Dit mag wel op het werk, maar het systeem valt dan onder hoog risico en de mensen moeten het weten.", "AI-verordening art. 5 lid 1 sub f"),
                En: new("Emotion recognition for health or safety", "This is allowed at work, but the system is then high-risk and the people concerned must be told.", "AI Act Art. 5(1)(f)")),
            [ScreeningReason.AnnexIii1cEmotionRecognition] = new(
                Nl: new("Emotieherkenning", "Systemen die emoties herkennen staan op de lijst van toepassingen met hoog risico.", "AI-verordening bijlage III punt 1 sub c"),
                En: new("Emotion recognition", "Systems that recognise emotions are on the list of high-risk uses.", "AI Act Annex III point 1(c)")),
            [ScreeningReason.AnnexIii4aRecruitment] = new(
                Nl: new("Werving en selectie", "Het systeem helpt bij het werven of kiezen van mensen, bijvoorbeeld door vacatures gericht te tonen, sollicitaties te filteren of kandidaten te beoordelen.", "AI-verordening bijlage III punt 4 sub a"),
                En: new("Recruitment and selection", "The system helps to recruit or select people, for example by targeting job ads, filtering applications or rating candidates.", "AI Act Annex III point 4(a)")),
            [ScreeningReason.AnnexIii4bWorkRelationship] = new(
                Nl: new("Beslissingen over werk", "Het systeem helpt beslissen over arbeidsvoorwaarden, promotie of ontslag, verdeelt taken op basis van gedrag of kenmerken, of volgt en beoordeelt hoe mensen werken.", "AI-verordening bijlage III punt 4 sub b"),
                En: new("Decisions about work", "The system helps decide on terms of work, promotion or dismissal, hands out tasks based on behaviour or traits, or monitors and rates how people work.", "AI Act Annex III point 4(b)")),
            [ScreeningReason.AnnexIiiOtherArea] = new(
                Nl: new("Ander gebied met hoog risico", "Het systeem wordt gebruikt in een ander gebied van de lijst, zoals biometrie, onderwijs of toegang tot belangrijke diensten.", "AI-verordening bijlage III"),
                En: new("Other high-risk area", "The system is used in another listed area, such as biometrics, education or access to essential services.", "AI Act Annex III")),
            [ScreeningReason.ProfilingVoidsException] = new(
                Nl: new("Profilering: geen uitzondering", "Het systeem maakt profielen van mensen, en dan is het altijd hoog risico, ook als een uitzondering leek te passen.", "AI-verordening art. 6 lid 3, laatste alinea"),
                En: new("Profiling rules out the exception", "The system profiles people, which always makes it high-risk, even if an exception seemed to fit.", "AI Act Art. 6(3), last subparagraph")),
            [ScreeningReason.Art63ExceptionApplies] = new(
                Nl: new("Uitzondering: geen hoog risico", "Het systeem staat op de lijst, maar doet alleen een beperkte taak en stuurt de beslissing niet echt; de uitleg daarvan is vastgelegd.", "AI-verordening art. 6 lid 3"),
                En: new("Exception: not high-risk", "The system is on the list but only does a limited task that does not really shape the decision, and the reasons are on record.", "AI Act Art. 6(3)")),
            [ScreeningReason.Art50InteractsWithPeople] = new(
                Nl: new("Praat met mensen", "Mensen hebben direct contact met het systeem, zoals met een chatbot, en moeten weten dat het AI is.", "AI-verordening art. 50 lid 1"),
                En: new("Talks with people", "People deal with the system directly, as with a chatbot, and must know it is AI.", "AI Act Art. 50(1)")),
            [ScreeningReason.Art50GeneratesContent] = new(
                Nl: new("Maakt tekst, beeld of geluid", "Het systeem maakt of verandert tekst, beeld, geluid of video, en dat moet als AI-werk te herkennen zijn.", "AI-verordening art. 50 lid 2 en 4"),
                En: new("Generates content", "The system creates or alters text, images, audio or video, which must be recognisable as made by AI.", "AI Act Art. 50(2) and (4)")),
            [ScreeningReason.Art50EmotionOrBiometricCategorisation] = new(
                Nl: new("Herkent emoties of lichaamskenmerken", "Het systeem herkent emoties of deelt mensen in op lichaamskenmerken, en die mensen moeten dat weten.", "AI-verordening art. 50 lid 3"),
                En: new("Recognises emotions or bodily features", "The system recognises emotions or sorts people by bodily features, and those people must be told.", "AI Act Art. 50(3)")),
            [ScreeningReason.ProviderDutiesOutOfScope] = new(
                Nl: new("Ook aanbieder", "Uw organisatie is ook aanbieder van het systeem; die plichten staan niet in Regie en moet u apart regelen.", "AI-verordening art. 16"),
                En: new("Also the provider", "The organisation is also the system's provider; those duties are not tracked in Regie and need separate handling.", "AI Act Art. 16")),
            [ScreeningReason.FriaMandatoryPublicService] = new(
                Nl: new("Grondrechtentoets verplicht: publieke taak", "Uw organisatie is een overheidsorgaan of levert een publieke dienst, dus u moet vóór gebruik de gevolgen voor grondrechten beoordelen.", "AI-verordening art. 27 lid 1"),
                En: new("Rights assessment required: public task", "The organisation is a public body or provides a public service, so it must assess the effects on fundamental rights before use.", "AI Act Art. 27(1)")),
            [ScreeningReason.FriaMandatoryCreditOrInsurance] = new(
                Nl: new("Grondrechtentoets verplicht: krediet of verzekering", "Het systeem beoordeelt of iemand krediet kan krijgen of bepaalt risico en prijs van een levens- of zorgverzekering, dus u moet vóór gebruik de gevolgen voor grondrechten beoordelen.", "AI-verordening art. 27 lid 1"),
                En: new("Rights assessment required: credit or insurance", "The system judges creditworthiness or sets risk and price for life or health insurance, so the effects on fundamental rights must be assessed before use.", "AI Act Art. 27(1)")),
            [ScreeningReason.NoSpecificDuties] = new(
                Nl: new("Geen extra plichten", "De AI-verordening geeft voor dit systeem geen andere plicht dan zorgen voor genoeg kennis van AI.", "AI-verordening art. 4"),
                En: new("No further duties", "The AI Act adds no duty for this system other than AI literacy.", "AI Act Art. 4")),
        }.ToFrozenDictionary();
}
