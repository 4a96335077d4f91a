using Microsoft.AspNetCore.Components;
using Regie.Core.Results;
using Regie.Web.Components.Pages.Errors;
using Regie.Workplace;
using Regie.Workplace.Assessments;
using Regie.Workplace.Measures;
using Regie.Workplace.People;
using Regie.Workplace.Register;

namespace Regie.Web.Components.Pages.Workplace.Assessments;

/// <summary>One job impact assessment: tasks, signals, risks and measures, the review moves and the opinions.</summary>
public sealed partial class AssessmentPage
{
    private AssessmentDetail? _detail;
    private Dictionary<Guid, string> _members = [];
    private Error? _refused;
    private Error? _error;
    private PostedForm? _posted;

    [Parameter] public Guid AssessmentId { get; set; }

    [Inject] private AssessmentQueries Queries { get; set; } = default!;

    [Inject] private AssessmentDesk Desk { get; set; } = default!;

    [Inject] private AssessmentReview Review { get; set; } = default!;

    [Inject] private RiskRegister Risks { get; set; } = default!;

    [Inject] private MeasureDesk Measures { get; set; } = default!;

    [Inject] private RegisterLookups Lookups { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "melding")] private string? Done { get; set; }

    private string? Notice => HttpContext is { Request.Method: var method } && !HttpMethods.IsGet(method) ? null
        : Done == "opgeslagen" ? A["Saved"].Value : null;

    private bool CanEdit => _detail?.Assessment.IsEditable == true && Can(Permission.EditAssessment);

    /// <summary>The opinions the actor's roles may give.</summary>
    private IReadOnlyList<OpinionKind> OpinionKinds => Can(Permission.GiveAssessmentOpinion)
        ? [.. Enum.GetValues<OpinionKind>().Where(k => (Actor.Roles & OpinionRoles.For(k)) != Role.None)]
        : [];

    protected override async Task OnInitializedAsync()
    {
        var detail = await Queries.DetailAsync(AssessmentId, Aborted);
        if (!detail.TryGetValue(out var found))
        {
            _refused = detail.Error;
            SetStatus(_refused!, new PageProblem(A["NotFoundTitle"], A["NotFound"], WorkplaceRoutes.AiSystems(OrgId), R["BackToList"]));
            return;
        }

        _detail = found;
        _members = (await Lookups.MemberNamesAsync(Aborted)).Match(m => m.ToDictionary(x => x.Id, x => x.DisplayName), _ => []);
    }

    private Task SaveTaskAsync(Guid? taskId) => SubmitAsync(taskId is { } id ? $"task-{id:N}" : "task-new", async form =>
    {
        if (!FormValues.TryInt(form["TimeSharePercent"], out var now) || !FormValues.TryInt(form["ExpectedTimeSharePercent"], out var later))
        {
            form.Errors.Add(now is null && form["TimeSharePercent"] is not null ? "TimeSharePercent" : "ExpectedTimeSharePercent", A["Error_Number"]);
            return default;
        }

        var request = new TaskEffectRequest(form["Text"], FormValues.Enum<TaskEffectKind>(form["Effect"]), now, later, form["Note"]);
        var result = taskId is { } task ? await Desk.UpdateTaskAsync(AssessmentId, task, request, Aborted) : await Desk.AddTaskAsync(AssessmentId, request, Aborted);
        return result.Error;
    });

    private Task AnswerAsync() => SubmitAsync("signal", async form =>
    {
        int?[] numbers = new int?[4];
        string[] fields = ["Likelihood", "Scale", "Scope", "Irremediability"];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!FormValues.TryInt(form[fields[i]], out numbers[i]))
            {
                form.Errors.Add(fields[i], A["Error_Number"]);
            }
        }

        if (form.Errors.Any)
        {
            return default;
        }

        var sources = form.All("Sources").Select(FormValues.Enum<EvidenceSources>).Aggregate(EvidenceSources.None, (x, y) => x | y);
        var direction = form["Direction"] is { } dir ? FormValues.Enum<SignalDirection>(dir) : (SignalDirection?)null;
        var request = new SignalAnswerRequest(FormValues.Enum<SignalPresence>(form["Presence"]), direction, form["Evidence"], sources,
            numbers[0], numbers[1], numbers[2], numbers[3]);
        return (await Desk.AnswerSignalAsync(AssessmentId, form["Code"] ?? "", request, Aborted)).Error;
    });

    private Task AddRiskAsync() => SubmitAsync("risk", async form =>
    {
        _ = FormValues.TryInt(form["Likelihood"], out var likelihood);
        _ = FormValues.TryInt(form["Severity"], out var severity);
        var request = new RiskRequest(form["Title"], form["Description"], form["SignalCode"], likelihood ?? 0, severity ?? 0, FormValues.Id(form["OwnerMemberId"]));
        return (await Risks.AddAsync(AssessmentId, request, Aborted)).Error;
    });

    private Task AddMeasureAsync() => SubmitAsync("measure", async form =>
    {
        DateOnly? due = null;
        if (form["DueDate"] is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                form.Errors.Add("DueDate", A["Error_DueDate"]);
                return default;
            }

            due = date;
        }

        var request = new MeasureRequest(form["Title"], form["Description"], FormValues.Id(form["OwnerMemberId"]), due, form["VerifiedBy"],
            form["NeedsWorksCouncilVerification"] == "true");
        return (await Measures.CreateForRiskAsync(FormValues.Id(form["RiskId"]) ?? Guid.Empty, request, Aborted)).Error;
    });

    private Task MoveAsync() => SubmitAsync("move", async form =>
        (await Review.MoveAsync(AssessmentId, new AssessmentMoveRequest(FormValues.Enum<AssessmentStatus>(form["To"]), form["Comment"]), Aborted)).Error);

    private Task GiveOpinionAsync() => SubmitAsync("opinion", async form =>
    {
        var request = new OpinionRequest(FormValues.Enum<OpinionKind>(form["Kind"]), FormValues.Enum<OpinionPosition>(form["Position"]), form["Text"]);
        return (await Review.GiveOpinionAsync(AssessmentId, request, Aborted)).Error;
    });

    /// <summary>Runs one form's use case; on success back to the page, otherwise the form again with what was typed.</summary>
    private async Task SubmitAsync(string name, Func<PostedForm, Task<Error?>> run)
    {
        var form = new PostedForm(name, Posted);
        var error = await run(form);
        if (error is null && !form.Errors.Any)
        {
            Navigation.NavigateTo(WorkplaceRoutes.Assessment(OrgId, AssessmentId) + "?melding=opgeslagen");
            return;
        }

        _posted = form;
        if (error is ValidationError invalid)
        {
            form.Errors.AddAll(invalid, Own);
        }
        else if (error is not null)
        {
            _error = error;
        }

        SetStatus(error ?? ValidationError.For("form", "unreadable"));
    }

    private string? Own(string field) => A["Error_" + field] is { ResourceNotFound: false } text ? text.Value : null;

    private string ErrorText(Error error) => error switch
    {
        OpinionsMissing missing => A["OpinionsMissing", string.Join(", ", missing.Missing.Select(k => A["Opinion_" + k].Value))],
        AssessmentLocked => A["Locked"],
        ForbiddenError => R["NotAllowed"],
        _ => A["Refused", error.Message],
    };
}
