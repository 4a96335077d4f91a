using Microsoft.EntityFrameworkCore;
using Regie.Cli.Commands.Workplace;
using Regie.Workplace;
using Regie.Workplace.Assessments;
using Regie.Workplace.Consultation;
using Regie.Workplace.Measures;
using Regie.Workplace.Notices;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// The whole adoption walk for one demo system (issue 5 "done when"), each step by the role that takes it: a validated
/// job impact assessment with a measure, the consent procedure closed with a condition the works council verified, the
/// worker notice sent, the GDPR art. 35(9) view recorded, a baseline pulse, pilot and go-live, oversight with logged
/// cases, and a follow-up pulse. The advice procedure and the notice draft come from <see cref="DemoConsultation"/>.
/// Synthetic pulse answers and oversight cases come from <see cref="DemoPulse"/> and <see cref="DemoOversight"/>.
/// </summary>
internal sealed class DemoWalk(WorkplaceSession session, IReadOnlyDictionary<Role, WorkplaceActor> cast, DemoStructure structure)
{
    /// <summary>Fixed, so every seed draws the same synthetic answers and cases.</summary>
    private const int Seed = 20261128;

    private IWorkplaceDb Db => session.Get<IWorkplaceDb>();

    private DateOnly Today => ConsultationDeadlines.Today(session.Get<TimeProvider>());

    /// <summary>
    /// The steps before use, inside the seed's transaction: assessment, consent with its verified condition, the notice
    /// sent, the DPIA view recorded and the other duties due before use done.
    /// </summary>
    public async Task PrepareAsync(AiSystem system, DemoSystem demo, CancellationToken ct)
    {
        await AssessmentAsync(system, demo, ct);
        await ConsentAsync(system, demo, ct);
        await NoticeAsync(system, demo, ct);
        await DutiesAsync(system, demo, ct);
    }

    /// <summary>
    /// The pulse and go-live, after the seed's transaction is committed: the anonymous answers live in the separate pulse
    /// store, which cannot write while the workplace database holds a transaction (SQLite locks the file). A failure here
    /// leaves the demo prepared but not live; seeding again makes a fresh demo.
    /// </summary>
    /// <returns>The system's status at the end of the walk.</returns>
    public async Task<AiSystemStatus> GoLiveAsync(Guid system, DemoSystem demo, CancellationToken ct)
    {
        var random = new Random(Seed);
        var pulse = new DemoPulse(session, cast, random);
        var survey = await pulse.BaselineAsync(system, [.. demo.WorkerGroups.Select(g => structure.WorkerGroups[g])], ct);
        foreach (var to in new[] { AiSystemStatus.Pilot, AiSystemStatus.Live })
        {
            session.Enter(cast[Role.Executive]);
            Expected.Value(await session.Get<AiRegister>().MoveAsync(system, to, ct), $"move {demo.Name} to {to}");
        }

        await new DemoOversight(session, cast, random).RunAsync(system, ct);
        await pulse.FollowUpAsync(survey, ct);
        return AiSystemStatus.Live;
    }

    private async Task AssessmentAsync(AiSystem system, DemoSystem demo, CancellationToken ct)
    {
        var what = $"assessment of {demo.Name}";
        session.Enter(cast[Role.Assessor]);
        var desk = session.Get<AssessmentDesk>();
        var id = Expected.Value(await desk.StartAsync(system.Id, new StartAssessmentRequest(structure.WorkerGroups[demo.WorkerGroups[0]]), ct), what).Id;
        Expected.Value(await desk.AddTaskAsync(id, new TaskEffectRequest("Diensten en cliëntbezoeken inplannen", TaskEffectKind.Augmented, 20, 8,
            "De planner beoordeelt het voorstel in plaats van zelf te puzzelen (fictief voorbeeld)."), ct), what);
        Expected.Value(await desk.AnswerSignalAsync(id, "RS13", new SignalAnswerRequest(SignalPresence.Present, SignalDirection.Negative,
            "Het systeem legt gewerkte tijden en ruilverzoeken per persoon vast (fictief voorbeeld).", EvidenceSources.Workers | EvidenceSources.WorksCouncil,
            3, 3, 2, 2), ct), what);
        var risk = Expected.Value(await session.Get<RiskRegister>().AddAsync(id, new RiskRequest("Zorgmedewerkers voelen zich gevolgd",
            "Gegevens over werktijden kunnen voor beoordeling worden gebruikt (fictief voorbeeld).", "RS13", 3, 3, cast[Role.SystemOwner].MemberId), ct), what);

        session.Enter(cast[Role.SystemOwner]);
        var measures = session.Get<MeasureDesk>();
        var measure = Expected.Value(await measures.CreateForRiskAsync(risk.Id, new MeasureRequest("Geen prestatiecijfers per persoon tonen",
            "Rapporten tonen alleen teamcijfers (fictief voorbeeld).", cast[Role.SystemOwner].MemberId, Today.AddMonths(1), "Bestuurder"), ct), what);
        await CarryOutAsync(measure.Id, "Instelling 'persoonscijfers' staat uit bij de leverancier (fictief voorbeeld).", what, ct);

        var review = session.Get<AssessmentReview>();
        session.Enter(cast[Role.Assessor]);
        Expected.Value(await review.MoveAsync(id, new AssessmentMoveRequest(AssessmentStatus.InProgress, null), ct), what);
        Expected.Value(await review.MoveAsync(id, new AssessmentMoveRequest(AssessmentStatus.InReview, null), ct), what);
        session.Enter(cast[Role.Reviewer]);
        Expected.Value(await review.MoveAsync(id, new AssessmentMoveRequest(AssessmentStatus.AwaitingOpinions, null), ct), what);
        foreach (var (role, kind, position, text) in new[]
        {
            (Role.PrivacyOfficer, OpinionKind.Privacy, OpinionPosition.Positive, "Bewaartermijn van werktijden is beperkt tot drie maanden (fictief voorbeeld)."),
            (Role.WorksCouncil, OpinionKind.WorksCouncil, OpinionPosition.Conditional, "Akkoord als er geen cijfers per persoon uit het systeem komen (fictief voorbeeld)."),
            (Role.Reviewer, OpinionKind.Prevention, OpinionPosition.Positive, "Werkdruk meten vóór en na invoering (fictief voorbeeld)."),
        })
        {
            session.Enter(cast[role]);
            Expected.Value(await review.GiveOpinionAsync(id, new OpinionRequest(kind, position, text), ct), what);
        }

        session.Enter(cast[Role.Executive]);
        Expected.Value(await review.MoveAsync(id, new AssessmentMoveRequest(AssessmentStatus.Validated, null), ct), what);
    }

    /// <summary>The consent request (WOR art. 27(1)(l)): consent with one condition, which the council verifies once it is done.</summary>
    private async Task ConsentAsync(AiSystem system, DemoSystem demo, CancellationToken ct)
    {
        var what = $"consent procedure of {demo.Name}";
        session.Enter(cast[Role.SystemOwner]);
        var desk = session.Get<ConsultationDesk>();
        var request = new ProcedureRequest(ConsultationKind.Consent, ConsultationGrounds.Default(ConsultationKind.Consent, true),
            "Eerlijker verdeelde diensten en minder planwerk (fictief voorbeeld).",
            "Het systeem legt werktijden en ruilverzoeken per persoon vast; daarmee kan het gedrag volgen (fictief voorbeeld).",
            "- Geen prestatiecijfers per persoon\n- Bewaartermijn drie maanden");
        var id = Expected.Value(await desk.StartAsync(system.Id, request, ct), what).Id;
        Expected.Value(await desk.SendAsync(id, ct), what);

        session.Enter(cast[Role.WorksCouncil]);
        var council = session.Get<CouncilDesk>();
        Expected.Value(await session.Get<ConsultationDialogue>().RecordMeetingAsync(id, new MeetingRequest(Today, "Instemmingsaanvraag besproken (fictief voorbeeld)."), ct), what);
        const string condition = "Leidinggevenden zien geen cijfers per persoon uit het systeem.";
        Expected.Value(await council.GivePositionAsync(id, new PositionRequest(CouncilPosition.ConsentGiven, "De OR stemt in onder één voorwaarde (fictief voorbeeld).", [condition]), ct), what);

        session.Enter(cast[Role.Executive]);
        Expected.Value(await session.Get<ConsultationDecisions>().NotifyAsync(id, new DecisionRequest("Ingevoerd met de voorwaarde van de OR (fictief voorbeeld).", Today, false, null), ct), what);
        session.Enter(cast[Role.SystemOwner]);
        Expected.Value(await desk.CloseAsync(id, new CloseRequest(null), ct), what);

        var measure = await Db.Measures.Where(m => m.SourceId == id).Select(m => m.Id).SingleAsync(ct);
        await CarryOutAsync(measure, "Het dashboard toont alleen teamcijfers; gecontroleerd met de OR-commissie (fictief voorbeeld).", what, ct);
        session.Enter(cast[Role.WorksCouncil]);
        Expected.Value(await session.Get<MeasureDesk>().VerifyAsWorksCouncilAsync(measure, ct), what);
    }

    /// <summary>The owner takes a measure from to-do to done with its evidence.</summary>
    private async Task CarryOutAsync(Guid measure, string evidence, string what, CancellationToken ct)
    {
        session.Enter(cast[Role.SystemOwner]);
        var desk = session.Get<MeasureDesk>();
        foreach (var to in new[] { MeasureStatus.InProgress, MeasureStatus.InReview, MeasureStatus.Done })
        {
            Expected.Value(await desk.MoveAsync(measure, new MeasureMoveRequest(to, null, to == MeasureStatus.Done ? evidence : null), ct), what);
        }
    }

    /// <summary>The notice to representatives, affected workers and the people decisions are about (AI Act art. 26(7), 26(11)), sent; the privacy officer records the council's view on the DPIA.</summary>
    private async Task NoticeAsync(AiSystem system, DemoSystem demo, CancellationToken ct)
    {
        session.Enter(cast[Role.SystemOwner]);
        var notices = session.Get<NoticeDesk>();
        var draft = Expected.Value(await notices.SaveDraftAsync(system.Id, new NoticeRequest(
            NoticeAudience.Representatives | NoticeAudience.AffectedWorkers | NoticeAudience.DecisionSubjects,
            demo.PlainLanguageSummary,
            "Zo verdelen we diensten eerlijker en hoeft de planner minder te puzzelen (fictief voorbeeld).",
            "Het systeem doet een voorstel voor het rooster. Een planner beslist.",
            "De planner bekijkt elk voorstel en kan het veranderen of stoppen.",
            "U kunt uitleg vragen en een mens laten kijken naar uw rooster. U kunt ook naar de OR.",
            demo.ContactPoint,
            "Intranet en teamoverleg"), ct), $"worker notice of {demo.Name}");
        Expected.Value(await notices.SendAsync(draft.Id, ct), $"send the worker notice of {demo.Name}");

        session.Enter(cast[Role.PrivacyOfficer]);
        Expected.Value(await session.Get<DpiaOpinionDesk>().RecordAsync(system.Id, new DpiaOpinionRequest(DpiaOpinionStatus.Received, Today, "Ondernemingsraad",
            "De OR vraagt een kortere bewaartermijn voor werktijden; die is teruggebracht tot drie maanden (fictief voorbeeld).", null), ct), $"DPIA opinion of {demo.Name}");
    }

    /// <summary>The duties due before use that are ticked by hand (the procedures settle their own), done with evidence.</summary>
    private async Task DutiesAsync(AiSystem system, DemoSystem demo, CancellationToken ct)
    {
        session.Enter(cast[Role.SystemOwner]);
        var open = await Db.Duties.Where(d => d.AiSystemId == system.Id && d.BeforeUse && d.WithdrawnAt == null && d.Status != DutyStatus.Done)
            .ToListAsync(ct);
        foreach (var duty in open.Where(d => !ProcedureDuties.FollowsProcedure(d.Kind)))
        {
            var update = new DutyUpdate(duty.OwnerMemberId, duty.DueDate, DutyStatus.Done, DemoSystems.Evidence(duty.Kind));
            Expected.Value(await session.Get<DutyEditor>().UpdateAsync(duty.Id, update, ct), $"finish duty {duty.Kind} of {demo.Name}");
        }
    }
}
