using System.Collections.Frozen;

namespace Regie.Workplace.Screening;

public static partial class ScreeningTexts
{
    private static readonly FrozenDictionary<DutyKind, Bilingual<ScreeningText>> Duties =
        new Dictionary<DutyKind, Bilingual<ScreeningText>>
        {
            [DutyKind.Art4Literacy] = new(
                Nl: new("Kennis van AI", "Zorg dat iedereen die met het systeem werkt genoeg weet van AI en van dit systeem, passend bij zijn taak.", "AI-verordening art. 4"),
                En: new("AI literacy", "Make sure everyone who works with the system knows enough about AI and about this system for their role.", "AI Act Art. 4")),
            [DutyKind.Art14OversightDesign] = new(
                Nl: new("Menselijk toezicht inrichten", "Leg vast hoe toezichthouders het systeem begrijpen, de uitkomst goed lezen, er niet blind op vertrouwen, en het kunnen negeren, terugdraaien of stopzetten.", "AI-verordening art. 14 lid 4 en art. 26 lid 2"),
                En: new("Design human oversight", "Set out how overseers understand the system, read its output correctly, avoid over-relying on it, and can set aside, reverse or stop it.", "AI Act Art. 14(4) and Art. 26(2)")),
            [DutyKind.Art26_1InstructionsForUse] = new(
                Nl: new("Gebruiksaanwijzing volgen", "Gebruik het systeem zoals de aanbieder het in de gebruiksaanwijzing beschrijft, en maak daar werkafspraken over.", "AI-verordening art. 26 lid 1"),
                En: new("Follow the instructions for use", "Use the system as the provider's instructions for use describe, and put working arrangements in place for it.", "AI Act Art. 26(1)")),
            [DutyKind.Art26_2CompetentOversight] = new(
                Nl: new("Bekwame toezichthouders", "Wijs toezichthouders aan die de kennis, opleiding, bevoegdheid en steun hebben om het systeem te controleren.", "AI-verordening art. 26 lid 2"),
                En: new("Competent overseers", "Appoint overseers who have the knowledge, training, authority and support to keep the system in check.", "AI Act Art. 26(2)")),
            [DutyKind.Art26_4InputData] = new(
                Nl: new("Goede invoergegevens", "Zorg dat de gegevens die uw organisatie zelf invoert passen bij het doel en een goed beeld geven.", "AI-verordening art. 26 lid 4"),
                En: new("Fit input data", "Make sure the data the organisation itself feeds in is relevant to the purpose and representative enough.", "AI Act Art. 26(4)")),
            [DutyKind.Art26_5Monitoring] = new(
                Nl: new("Werking in de gaten houden", "Let op hoe het systeem werkt, meld risico's en ernstige incidenten aan de aanbieder en de toezichthouder, en zet het stop als dat nodig is.", "AI-verordening art. 26 lid 5"),
                En: new("Monitor operation", "Watch how the system performs, report risks and serious incidents to the provider and the authority, and suspend it when needed.", "AI Act Art. 26(5)")),
            [DutyKind.Art26_6Logs] = new(
                Nl: new("Logbestanden bewaren", "Bewaar de logbestanden die het systeem zelf maakt minstens zes maanden, voor zover uw organisatie daarover gaat.", "AI-verordening art. 26 lid 6"),
                En: new("Keep the logs", "Keep the logs the system records automatically for at least six months, as far as the organisation controls them.", "AI Act Art. 26(6)")),
            [DutyKind.Art26_7InformWorkers] = new(
                Nl: new("Werknemers informeren", "Vertel de vertegenwoordiging van het personeel (meestal de ondernemingsraad) en de werknemers om wie het gaat dat het systeem voor hen gebruikt wordt, vóórdat het in gebruik gaat.", "AI-verordening art. 26 lid 7"),
                En: new("Inform workers", "Tell the workers' representatives and the workers affected that the system will be used on them, before it is put to use.", "AI Act Art. 26(7)")),
            [DutyKind.Art26_9Dpia] = new(
                Nl: new("DPIA maken", "Gebruik de informatie van de aanbieder om vóór gebruik te beoordelen wat het systeem betekent voor de privacy van mensen (een DPIA).", "AI-verordening art. 26 lid 9"),
                En: new("Carry out a DPIA", "Use the provider's information to assess, before use, what the system means for people's data protection (a DPIA).", "AI Act Art. 26(9)")),
            [DutyKind.Art26_11InformDecisionSubjects] = new(
                Nl: new("Betrokkenen informeren", "Vertel de mensen over wie het systeem beslist of helpt beslissen, dat het systeem voor hen wordt gebruikt.", "AI-verordening art. 26 lid 11"),
                En: new("Inform the people decided on", "Tell the people the system decides on, or helps to decide on, that it is being used for them.", "AI Act Art. 26(11)")),
            [DutyKind.Art27Fria] = new(
                Nl: new("Grondrechtentoets", "Beoordeel vóór gebruik wat het systeem betekent voor de grondrechten van mensen, en meld de uitkomst aan de markttoezichthouder.", "AI-verordening art. 27"),
                En: new("Fundamental rights impact assessment", "Assess, before use, how the system affects people's fundamental rights, and notify the market surveillance authority of the result.", "AI Act Art. 27")),
            [DutyKind.Art50Transparency] = new(
                Nl: new("Open zijn over AI", "Zorg dat mensen weten dat ze met AI praten, dat iets door AI is gemaakt, of dat hun emoties of kenmerken worden herkend.", "AI-verordening art. 50"),
                En: new("Be open about AI", "Make sure people know they are talking to AI, that content was made by AI, or that their emotions or features are being recognised.", "AI Act Art. 50")),
            [DutyKind.Art86Explanation] = new(
                Nl: new("Uitleg geven", "Regel dat iemand over wie met hulp van het systeem een belangrijk besluit is genomen, op verzoek duidelijke uitleg krijgt over de rol van het systeem.", "AI-verordening art. 86"),
                En: new("Give explanations", "Arrange that anyone facing a significant decision made with the system's help can get a clear explanation of the system's part in it on request.", "AI Act Art. 86")),
            [DutyKind.Wor25AdviceRequest] = new(
                Nl: new("Advies vragen aan de OR", "Vraag de ondernemingsraad om advies over het invoeren of veranderen van het systeem, op tijd zodat het advies het besluit nog kan veranderen.", "WOR art. 25 lid 1 sub k"),
                En: new("Ask the works council's advice", "Ask the works council for advice on introducing or changing the system, early enough for the advice to still change the decision.", "WOR Art. 25(1)(k)")),
            [DutyKind.Wor27ConsentRequest] = new(
                Nl: new("Instemming vragen aan de OR", "Het systeem kan aanwezigheid, gedrag of prestaties van medewerkers volgen, dus vraag vóór gebruik instemming van de ondernemingsraad.", "WOR art. 27 lid 1 sub l"),
                En: new("Ask the works council's consent", "The system can track staff attendance, behaviour or performance, so get the works council's consent before use.", "WOR Art. 27(1)(l)")),
        }.ToFrozenDictionary();
}
