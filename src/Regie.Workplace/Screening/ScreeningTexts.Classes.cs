using System.Collections.Frozen;

namespace Regie.Workplace.Screening;

public static partial class ScreeningTexts
{
    private static readonly FrozenDictionary<RiskClass, Bilingual<ScreeningText>> RiskClasses =
        new Dictionary<RiskClass, Bilingual<ScreeningText>>
        {
            [RiskClass.NotAiSystem] = new(
                Nl: new("Geen AI-systeem", "De AI-verordening geldt niet voor dit systeem, maar de regels voor de ondernemingsraad en de AVG kunnen wel gelden.", "AI-verordening art. 3 punt 1"),
                En: new("Not an AI system", "The AI Act does not cover this system, though works council law and the GDPR may still apply.", "AI Act Art. 3(1)")),
            [RiskClass.Prohibited] = new(
                Nl: new("Verboden", "Dit gebruik van AI is verboden, dus uw organisatie mag het systeem niet gebruiken.", "AI-verordening art. 5"),
                En: new("Prohibited", "This use of AI is banned, so the organisation must not use the system.", "AI Act Art. 5")),
            [RiskClass.HighRisk] = new(
                Nl: new("Hoog risico", "Het systeem kan grote gevolgen hebben voor mensen, daarom heeft uw organisatie extra plichten als gebruiker.", "AI-verordening art. 6 en bijlage III"),
                En: new("High-risk", "The system can seriously affect people, so the organisation has extra duties as the party using it.", "AI Act Art. 6 and Annex III")),
            [RiskClass.Limited] = new(
                Nl: new("Open zijn over AI", "Mensen moeten kunnen weten dat ze met AI te maken hebben.", "AI-verordening art. 50"),
                En: new("Transparency", "People must be able to tell that they are dealing with AI.", "AI Act Art. 50")),
            [RiskClass.Minimal] = new(
                Nl: new("Klein risico", "De AI-verordening stelt geen extra eisen, behalve dat de mensen die ermee werken genoeg van AI weten.", "AI-verordening art. 4"),
                En: new("Minimal risk", "The AI Act sets no further requirements beyond making sure the people who work with it understand AI well enough.", "AI Act Art. 4")),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<OperatorRole, Bilingual<ScreeningText>> Roles =
        new Dictionary<OperatorRole, Bilingual<ScreeningText>>
        {
            [OperatorRole.Deployer] = new(
                Nl: new("Gebruiker", "Uw organisatie gebruikt het systeem onder eigen verantwoordelijkheid; de wet noemt dat 'gebruiksverantwoordelijke'.", "AI-verordening art. 3 punt 4"),
                En: new("Deployer", "The organisation uses the system under its own authority.", "AI Act Art. 3(4)")),
            [OperatorRole.Provider] = new(
                Nl: new("Aanbieder", "Uw organisatie maakt het systeem, of brengt het onder eigen naam of merk op de markt of in gebruik.", "AI-verordening art. 3 punt 3 en art. 25"),
                En: new("Provider", "The organisation develops the system, or places it on the market or puts it into service under its own name or brand.", "AI Act Art. 3(3) and Art. 25")),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<Art63Exception, Bilingual<ScreeningText>> Exceptions =
        new Dictionary<Art63Exception, Bilingual<ScreeningText>>
        {
            [Art63Exception.None] = new(
                Nl: new("Geen uitzondering", "U doet geen beroep op een uitzondering, dus het systeem blijft hoog risico.", "AI-verordening art. 6 lid 3"),
                En: new("No exception", "No exception is claimed, so the system stays high-risk.", "AI Act Art. 6(3)")),
            [Art63Exception.NarrowProceduralTask] = new(
                Nl: new("Kleine procedurele taak", "Het systeem doet alleen een kleine, afgebakende taak in een procedure, zoals stukken sorteren of dubbele aanvragen vinden.", "AI-verordening art. 6 lid 3 sub a"),
                En: new("Narrow procedural task", "The system only does a small, well-defined step in a procedure, such as sorting documents or spotting duplicate applications.", "AI Act Art. 6(3)(a)")),
            [Art63Exception.ImprovesHumanActivity] = new(
                Nl: new("Verbetert klaar mensenwerk", "Het systeem maakt alleen werk beter dat een mens al heeft afgerond, zoals de taal van een tekst.", "AI-verordening art. 6 lid 3 sub b"),
                En: new("Improves finished human work", "The system only polishes work a person has already completed, such as the wording of a text.", "AI Act Art. 6(3)(b)")),
            [Art63Exception.DetectsPatternsOnly] = new(
                Nl: new("Wijst alleen op patronen", "Het systeem laat patronen of afwijkingen in eerdere beslissingen zien, maar vervangt of stuurt het oordeel van mensen niet zonder goede controle door een mens.", "AI-verordening art. 6 lid 3 sub c"),
                En: new("Flags patterns only", "The system points out patterns or deviations in earlier decisions without replacing or steering the human judgement unless a person properly reviews it.", "AI Act Art. 6(3)(c)")),
            [Art63Exception.PreparatoryTask] = new(
                Nl: new("Voorbereidend werk", "Het systeem doet alleen voorbereidend werk voor een beoordeling, zoals gegevens verzamelen of vertalen.", "AI-verordening art. 6 lid 3 sub d"),
                En: new("Preparatory task", "The system only does groundwork for an assessment, such as gathering or translating information.", "AI Act Art. 6(3)(d)")),
        }.ToFrozenDictionary();
}
