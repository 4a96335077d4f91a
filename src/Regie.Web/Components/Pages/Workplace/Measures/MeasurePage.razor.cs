using Microsoft.AspNetCore.Components;
using Regie.Core.Results;
using Regie.Web.Components.Pages.Errors;
using Regie.Web.Components.Pages.Workplace.Register.Fields;
using Regie.Workplace.Measures;

namespace Regie.Web.Components.Pages.Workplace.Measures;

/// <summary>
/// One measure: what it is, where it comes from, its status; the owner moves it along <see cref="MeasureFlow"/> with
/// evidence, and the works council verifies a condition it set or sends it back with a reason.
/// </summary>
public sealed partial class MeasurePage
{
    private MeasureView? _view;
    private Error? _refused;
    private FieldErrors _errors = new();
    private string? _failedForm;

    [Parameter] public Guid MeasureId { get; set; }

    [Inject] private MeasureQueries Queries { get; set; } = default!;

    [Inject] private MeasureDesk Desk { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "melding")] private string? Done { get; set; }

    private string? Notice => HttpContext is { Request.Method: var method } && !HttpMethods.IsGet(method) ? null
        : Done == "opgeslagen" ? M["Saved"].Value : null;

    protected override async Task OnInitializedAsync()
    {
        var view = await Queries.ViewAsync(MeasureId, Aborted);
        if (!view.TryGetValue(out var found))
        {
            _refused = view.Error;
            SetStatus(_refused!, new PageProblem(M["NotFoundTitle"], M["NotFound"], WorkplaceRoutes.AiSystems(OrgId), R["BackToList"]));
            return;
        }

        _view = found;
    }

    private FieldErrors ErrorsOf(string form) => _failedForm == form ? _errors : new();

    /// <summary>What was typed into a field of the refused form, so nothing is lost.</summary>
    private string? Kept(string form, string field) => _failedForm == form ? Posted[field].ToString() : null;

    private Task MoveAsync()
    {
        var to = Enum.TryParse<MeasureStatus>(Posted["To"], out var status) ? status : default;
        return RunAsync("move", Desk.MoveAsync(MeasureId, new MeasureMoveRequest(to, Posted["Reason"], Posted["Evidence"]), Aborted));
    }

    private Task VerifyAsync() => RunAsync("verify", Desk.VerifyAsWorksCouncilAsync(MeasureId, Aborted));

    private Task ReturnAsync() => RunAsync("return", Desk.ReturnAsWorksCouncilAsync(MeasureId, Posted["Reason"], Aborted));

    private async Task RunAsync(string form, Task<Result<Measure>> action)
    {
        var result = await action;
        if (result.IsSuccess)
        {
            Navigation.NavigateTo(WorkplaceRoutes.Measure(OrgId, MeasureId) + "?melding=opgeslagen");
            return;
        }

        if (result.Error is ValidationError invalid)
        {
            _failedForm = form;
            _errors = FieldErrors.From(invalid, field => M["Error_" + field] is { ResourceNotFound: false } own ? own.Value : null);
        }
        else
        {
            _refused = result.Error;
        }

        SetStatus(result.Error!); // a failed result always has an error
    }

    private string RefusalText(Error error) => error switch
    {
        MeasureMoveNotAllowed => M["MoveNotAllowed"],
        NotReadyForWorksCouncil => M["NotReady"],
        ForbiddenError => M["NotAllowed"],
        NotFoundError => M["NotFound"],
        _ => M["Refused", error.Message],
    };
}
