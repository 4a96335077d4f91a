using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Workplace.Consultation;
using Regie.Workplace.Notices;

namespace Regie.Web.Api.Workplace;

/// <summary>
/// Works-council consultation (WOR advice and consent), the AI Act art. 26(7)/26(11) worker notice and the GDPR
/// art. 35(9) opinion: <c>/api/orgs/{orgId}/ai-systems/{id}/consultation</c>, <c>/consultations/{id}</c>, <c>/notices/{id}</c>.
/// </summary>
internal static class ConsultationApi
{
    public static IEndpointRouteBuilder MapConsultationApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup(OrganisationsApi.OrganisationPrefix).WithTags("Works-council consultation").RequireAuthorization();
        org.MapGet("/ai-systems/{id:guid}/consultation", Dossier).WithName("GetConsultationDossier")
            .WithDescription("The system's works-council procedures, worker notices, GDPR art. 35(9) opinion and what is required before use.");
        org.MapGet("/ai-systems/{id:guid}/consultation/prefill", Prefill).WithName("PrefillConsultation");
        org.MapPost("/ai-systems/{id:guid}/consultation", Start).WithName("StartConsultation")
            .WithDescription("Starts an advice (WOR art. 25) or consent (art. 27) request as a draft.");
        org.MapPut("/ai-systems/{id:guid}/notice", SaveNotice).WithName("SaveWorkerNotice");
        org.MapPost("/notices/{noticeId:guid}/send", SendNotice).WithName("SendWorkerNotice");
        org.MapPut("/ai-systems/{id:guid}/dpia-opinion", RecordOpinion).WithName("RecordDpiaOpinion");
        org.MapGet("/consultations/{pid:guid}", Procedure).WithName("GetConsultation");
        org.MapPut("/consultations/{pid:guid}", Update).WithName("UpdateConsultation");
        org.MapPost("/consultations/{pid:guid}/send", Send).WithName("SendConsultation");
        org.MapPost("/consultations/{pid:guid}/questions", Ask).WithName("AskConsultationQuestion");
        org.MapPost("/consultations/{pid:guid}/comments", Comment).WithName("CommentOnConsultation");
        org.MapPut("/consultation-questions/{mid:guid}/answer", Answer).WithName("AnswerConsultationQuestion");
        org.MapPost("/consultations/{pid:guid}/meetings", Meeting).WithName("RecordConsultationMeeting");
        org.MapPost("/consultations/{pid:guid}/expert", Expert).WithName("InviteConsultationExpert");
        org.MapPost("/consultations/{pid:guid}/expert/cost-approval", ApproveCost).WithName("ApproveConsultationExpertCost");
        org.MapPost("/consultations/{pid:guid}/position", Position).WithName("GiveCouncilPosition")
            .WithDescription("The works council's advice or consent; each condition becomes a measure the council verifies.");
        org.MapPost("/consultations/{pid:guid}/decision", Decide).WithName("NotifyConsultationDecision")
            .WithDescription("The executive's written decision; deviating from the advice needs reasons and starts the one-month standstill.");
        org.MapPost("/consultations/{pid:guid}/appeal", Appeal).WithName("AppealConsultationDecision");
        org.MapPost("/consultations/{pid:guid}/substitute-consent", Substitute).WithName("RequestSubstituteConsent");
        org.MapPost("/consultations/{pid:guid}/close", Close).WithName("CloseConsultation");
        org.MapPost("/consultations/{pid:guid}/evaluation", Evaluate).WithName("CallConsultationEvaluation");
        org.MapPost("/consultation-conditions/{measureId:guid}/verification", Verify).WithName("VerifyCouncilCondition");
        return app;
    }

    private static async Task<Results<Ok<DossierDto>, ValidationProblem, ProblemHttpResult>> Dossier(Guid id, ConsultationQueries q, CancellationToken ct) =>
        (await q.DossierAsync(id, ct)).ToHttp(d => TypedResults.Ok(d.ToDto()));

    private static async Task<Results<Ok<ProcedureRequest>, ValidationProblem, ProblemHttpResult>> Prefill(
        Guid id, ConsultationKind kind, ConsultationDesk desk, CancellationToken ct) =>
        (await desk.PrefillAsync(id, kind, ct)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Start(
        Guid id, ProcedureRequest body, ConsultationDesk desk, HttpContext http, CancellationToken ct) =>
        (await desk.StartAsync(id, body, ct)).ToHttp(p => TypedResults.Created($"{http.Request.PathBase}/api/orgs/{p.OrganisationId}/consultations/{p.Id}", p.ToDto()));

    private static async Task<Results<Ok<NoticeDto>, ValidationProblem, ProblemHttpResult>> SaveNotice(Guid id, NoticeRequest body, NoticeDesk desk, CancellationToken ct) =>
        (await desk.SaveDraftAsync(id, body, ct)).ToHttp(n => TypedResults.Ok(n.ToDto()));

    private static async Task<Results<Ok<NoticeDto>, ValidationProblem, ProblemHttpResult>> SendNotice(Guid noticeId, NoticeDesk desk, CancellationToken ct) =>
        (await desk.SendAsync(noticeId, ct)).ToHttp(n => TypedResults.Ok(n.ToDto()));

    private static async Task<Results<Ok<DpiaOpinionDto>, ValidationProblem, ProblemHttpResult>> RecordOpinion(
        Guid id, DpiaOpinionRequest body, DpiaOpinionDesk desk, CancellationToken ct) =>
        (await desk.RecordAsync(id, body, ct)).ToHttp(o => TypedResults.Ok(o.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Procedure(Guid pid, ConsultationQueries q, CancellationToken ct) =>
        (await q.ProcedureAsync(pid, ct)).ToHttp(v => TypedResults.Ok(v.Procedure.ToDto(v.Conditions)));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid pid, ProcedureRequest body, ConsultationDesk desk, CancellationToken ct) =>
        (await desk.UpdateAsync(pid, body, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Send(Guid pid, ConsultationDesk desk, CancellationToken ct) =>
        (await desk.SendAsync(pid, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Ask(Guid pid, MessageRequest body, CouncilDesk desk, CancellationToken ct) =>
        (await desk.AskAsync(pid, body, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Comment(Guid pid, MessageRequest body, CouncilDesk desk, CancellationToken ct) =>
        (await desk.CommentAsync(pid, body, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid mid, AnswerRequest body, ConsultationDialogue dialogue, CancellationToken ct) =>
        (await dialogue.AnswerAsync(mid, body, ct)).ToHttp(m => TypedResults.Ok(m.ToDto()));

    private static async Task<Results<Ok<MeetingDto>, ValidationProblem, ProblemHttpResult>> Meeting(
        Guid pid, MeetingRequest body, ConsultationDialogue dialogue, CancellationToken ct) =>
        (await dialogue.RecordMeetingAsync(pid, body, ct)).ToHttp(m => TypedResults.Ok(new MeetingDto(m.Id, m.HeldOn, m.Minutes)));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Expert(Guid pid, ExpertRequest body, CouncilDesk desk, CancellationToken ct) =>
        (await desk.InviteExpertAsync(pid, body, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> ApproveCost(Guid pid, ConsultationDecisions decisions, CancellationToken ct) =>
        (await decisions.ApproveExpertCostAsync(pid, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Position(Guid pid, PositionRequest body, CouncilDesk desk, CancellationToken ct) =>
        (await desk.GivePositionAsync(pid, body, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid pid, DecisionRequest body, ConsultationDecisions decisions, CancellationToken ct) =>
        (await decisions.NotifyAsync(pid, body, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Appeal(Guid pid, CouncilDesk desk, CancellationToken ct) =>
        (await desk.AppealAsync(pid, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Substitute(Guid pid, ConsultationDecisions decisions, CancellationToken ct) =>
        (await decisions.RequestSubstituteConsentAsync(pid, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Close(Guid pid, CloseRequest body, ConsultationDesk desk, CancellationToken ct) =>
        (await desk.CloseAsync(pid, body, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ProcedureDto>, ValidationProblem, ProblemHttpResult>> Evaluate(Guid pid, ConsultationDesk desk, CancellationToken ct) =>
        (await desk.CallEvaluationAsync(pid, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<ConditionDto>, ValidationProblem, ProblemHttpResult>> Verify(Guid measureId, CouncilDesk desk, CancellationToken ct) =>
        (await desk.VerifyConditionAsync(measureId, ct)).ToHttp(m => TypedResults.Ok(m.ToConditionDto()));

    private static MessageDto ToDto(this ConsultationMessage m) => new(m.Id, m.Kind, m.Text, m.PostedAt, m.Answer, m.AnsweredAt);
}
