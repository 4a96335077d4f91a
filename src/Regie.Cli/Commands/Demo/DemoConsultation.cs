using Regie.Cli.Commands.Workplace;
using Regie.Workplace.Consultation;
using Regie.Workplace.Notices;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Screening;
using Regie.Workplace.Tenancy;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// The works-council and worker-notice duties of a demo system, done the way the product requires: an advice request
/// that the council answers positively and the executive follows, and a worker notice in draft. These duties cannot be
/// ticked by hand (they follow the procedure), so the demo runs the procedure, each step by the role that takes it.
/// </summary>
internal sealed class DemoConsultation(WorkplaceSession session, IReadOnlyDictionary<Role, WorkplaceActor> cast)
{
    public async Task RunAsync(AiSystem system, DemoSystem demo, CancellationToken ct)
    {
        if (demo.Duties.TryGetValue(DutyKind.Wor25AdviceRequest, out var advice) && advice == DutyStatus.Done)
            await AdviceAgreedAsync(system, demo, ct);
        if (demo.Duties.ContainsKey(DutyKind.Art26_7InformWorkers))
            await NoticeDraftAsync(system, demo, ct);
    }

    private async Task AdviceAgreedAsync(AiSystem system, DemoSystem demo, CancellationToken ct)
    {
        var what = $"advice procedure of {demo.Name}";
        session.Enter(cast[Role.SystemOwner]);
        var desk = session.Get<ConsultationDesk>();
        var request = new ProcedureRequest(
            ConsultationKind.Advice,
            ConsultationGrounds.Default(ConsultationKind.Advice, demo.MonitoringCapable),
            "Minder fouten en eerlijker verdeeld werk (fictief voorbeeld).",
            "Medewerkers werken met voorstellen van het systeem; een mens beslist altijd (fictief voorbeeld).",
            "- Training voor alle gebruikers\n- Evaluatie na zes maanden");
        var id = Expected.Value(await desk.StartAsync(system.Id, request, ct), what).Id;
        Expected.Value(await desk.SendAsync(id, ct), what);
        var today = ConsultationDeadlines.Today(session.Get<TimeProvider>());
        Expected.Value(await session.Get<ConsultationDialogue>().RecordMeetingAsync(id, new MeetingRequest(today, "Adviesaanvraag besproken in de overlegvergadering (fictief voorbeeld)."), ct), what);

        session.Enter(cast[Role.WorksCouncil]);
        Expected.Value(await session.Get<CouncilDesk>().GivePositionAsync(id, new PositionRequest(CouncilPosition.PositiveAdvice, "De OR adviseert positief (fictief voorbeeld).", null), ct), what);

        session.Enter(cast[Role.Executive]);
        Expected.Value(await session.Get<ConsultationDecisions>().NotifyAsync(id, new DecisionRequest("Besloten conform het advies van de OR (fictief voorbeeld).", today, false, null), ct), what);

        session.Enter(cast[Role.SystemOwner]);
        Expected.Value(await session.Get<ConsultationDesk>().CloseAsync(id, new CloseRequest(null), ct), what);
    }

    private async Task NoticeDraftAsync(AiSystem system, DemoSystem demo, CancellationToken ct)
    {
        session.Enter(cast[Role.SystemOwner]);
        var notice = new NoticeRequest(
            NoticeAudience.Representatives | NoticeAudience.AffectedWorkers,
            demo.PlainLanguageSummary,
            "Zo maken we minder fouten en verdelen we het werk eerlijker (fictief voorbeeld).",
            "Het systeem doet een voorstel. Een mens beslist.",
            "Een medewerker bekijkt elk voorstel en kan het veranderen of stoppen.",
            "U kunt uitleg vragen en een mens laten kijken naar een besluit. U kunt ook naar de OR.",
            demo.ContactPoint,
            "Intranet en teamoverleg");
        Expected.Value(await session.Get<NoticeDesk>().SaveDraftAsync(system.Id, notice, ct), $"worker notice of {demo.Name}");
    }
}
