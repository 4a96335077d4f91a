using Microsoft.Extensions.DependencyInjection;
using Regie.Workplace.Consultation;
using Regie.Workplace.Notices;
using Regie.Workplace.People;

namespace Regie.TestKit.Workplace;

/// <summary>
/// Runs works-council procedures and worker notices through the use cases, each step by the role that takes it, so
/// tests can bring a system to the point where Pilot and Live are allowed (or deliberately stop short).
/// </summary>
public static class ConsultationRun
{
    /// <summary>A request of the kind with the grounds it needs, for a system that can monitor staff or not.</summary>
    public static ProcedureRequest Request(ConsultationKind kind, bool monitoringCapable = false) => new(
        kind,
        ConsultationGrounds.Default(kind, monitoringCapable),
        "Fewer rostering errors and fairer weekends.",
        "Planners check proposals instead of writing rosters; staff see their roster a week earlier.",
        kind == ConsultationKind.Advice ? "- Training for planners\n- Evaluation after six months" : null);

    /// <summary>Starts and sends a request as the system owner and records one meeting; returns the procedure id.</summary>
    public static async Task<Guid> SendWithMeetingAsync(WorkplaceServices services, SeededOrganisation org, Guid systemId,
        ConsultationKind kind, bool monitoringCapable, CancellationToken ct)
    {
        await using var scope = services.As(org.As(Role.SystemOwner));
        var desk = scope.ServiceProvider.GetRequiredService<ConsultationDesk>();
        var id = Ok(await desk.StartAsync(systemId, Request(kind, monitoringCapable), ct)).Id;
        Ok(await desk.SendAsync(id, ct));
        Ok(await scope.ServiceProvider.GetRequiredService<ConsultationDialogue>()
            .RecordMeetingAsync(id, new MeetingRequest(ConsultationDeadlines.Today(services.Time), "Request discussed."), ct));
        return id;
    }

    /// <summary>Runs a procedure to Closed: the council agrees (advice or consent) and the decision follows it.</summary>
    public static async Task<Guid> CloseAgreedAsync(WorkplaceServices services, SeededOrganisation org, Guid systemId,
        ConsultationKind kind, bool monitoringCapable, CancellationToken ct)
    {
        var id = await SendWithMeetingAsync(services, org, systemId, kind, monitoringCapable, ct);
        await using (var council = services.As(org.As(Role.WorksCouncil)))
        {
            var position = kind == ConsultationKind.Advice ? CouncilPosition.PositiveAdvice : CouncilPosition.ConsentGiven;
            Ok(await council.ServiceProvider.GetRequiredService<CouncilDesk>().GivePositionAsync(id, new PositionRequest(position, null, null), ct));
        }

        await using (var executive = services.As(org.As(Role.Executive)))
        {
            Ok(await executive.ServiceProvider.GetRequiredService<ConsultationDecisions>()
                .NotifyAsync(id, new DecisionRequest("We introduce the system as proposed.", null, false, null), ct));
        }

        await using var owner = services.As(org.As(Role.SystemOwner));
        Ok(await owner.ServiceProvider.GetRequiredService<ConsultationDesk>().CloseAsync(id, new CloseRequest(null), ct));
        return id;
    }

    /// <summary>Writes and sends the worker notice to every audience as the system owner.</summary>
    public static async Task<Guid> SendNoticeAsync(WorkplaceServices services, SeededOrganisation org, Guid systemId, CancellationToken ct)
    {
        await using var scope = services.As(org.As(Role.SystemOwner));
        var desk = scope.ServiceProvider.GetRequiredService<NoticeDesk>();
        var notice = Ok(await desk.SaveDraftAsync(systemId, Notice(), ct));
        return Ok(await desk.SendAsync(notice.Id, ct)).Id;
    }

    /// <summary>A complete notice to representatives, affected workers and the people decided about.</summary>
    public static NoticeRequest Notice() => new(
        NoticeAudience.Representatives | NoticeAudience.AffectedWorkers | NoticeAudience.DecisionSubjects,
        "Een computerprogramma maakt een voorstel voor het rooster.",
        "Zo maken we minder fouten in het rooster.",
        "Het programma stelt het rooster voor. Een planner beslist.",
        "De planner kijkt elk voorstel na en kan het veranderen of stoppen.",
        "U kunt uitleg vragen en een mens laten kijken naar uw rooster. U kunt ook naar de OR.",
        "Team Planning, planning@example.nl",
        "E-mail en intranet");

    private static T Ok<T>(Regie.Core.Results.Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.Message);
}
