using Microsoft.AspNetCore.Components;
using Regie.Web.Components.Pages.Errors;
using Regie.Web.Localization;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Web.Components.Pages.Workplace.Organisations;

/// <summary>
/// Base of the pages of one organisation (<c>/werkplek/{orgId}/…</c>). The tenancy middleware has already checked
/// that the signed-in account is a member (others get 404) and entered the member as the actor; pages ask
/// <see cref="Can"/> before they offer anything, and answer 403 when the member opens a page the roles do not allow.
/// </summary>
public abstract class OrganisationPage : ComponentBase
{
    /// <summary>The organisation; the route parameter must be called orgId (see WorkplaceTenancy).</summary>
    [Parameter] public Guid OrgId { get; set; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [Inject] private ITenantScope Scope { get; set; } = default!;

    /// <summary>The member acting on this request.</summary>
    protected WorkplaceActor Actor => Scope.Actor;

    /// <summary>Cancelled when the browser goes away.</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>"nl" or "en": the language for texts that come from the Workplace itself (role names).</summary>
    protected static string Language => UiCultures.IsEnglish ? "en" : "nl";

    protected bool Can(Permission permission) => Scope.Actor.Can(permission);

    /// <summary>
    /// Answers 403: the member may not open this page. Blazor still renders the page, which shows why (the
    /// NotAllowedMessage component) and never the form.
    /// </summary>
    protected void Refuse() => SetStatus(StatusCodes.Status403Forbidden);

    /// <summary>
    /// Answers 404 for a row of this organisation that does not exist. Blazor leaves a 404's body to the status page,
    /// which shows <paramref name="problem"/>.
    /// </summary>
    protected void Missing(PageProblem problem)
    {
        if (HttpContext is { } context)
        {
            problem.AttachTo(context);
        }

        SetStatus(StatusCodes.Status404NotFound);
    }

    private void SetStatus(int status)
    {
        if (HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.StatusCode = status;
        }
    }
}
