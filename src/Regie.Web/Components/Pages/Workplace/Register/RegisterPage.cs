using Microsoft.AspNetCore.Components;
using Regie.Core.Results;
using Regie.Web.Components.Pages.Errors;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Web.Components.Pages.Workplace.Register;

/// <summary>
/// Base of the register and audit pages: the organisation from the route (the tenancy middleware has already made the
/// signed-in member the actor), the request, the posted form and the HTTP status for expected errors.
/// </summary>
public abstract class RegisterPage : ComponentBase
{
    /// <summary>The organisation; the route parameter must be called orgId for the tenancy middleware.</summary>
    [Parameter] public Guid OrgId { get; set; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [Inject] private ITenantScope Scope { get; set; } = default!;

    protected WorkplaceActor Actor => Scope.Actor;

    /// <summary>Cancelled when the browser goes away.</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>
    /// The posted form. Blazor has read it before dispatching the submit event, so reading it here does not block.
    /// Checkbox groups are read from it directly: Blazor's form mapping only binds indexed collections.
    /// </summary>
    protected IFormCollection Posted =>
        HttpContext?.Request is { HasFormContentType: true } request ? request.Form : FormCollection.Empty;

    protected bool Can(Permission permission) => Actor.Can(permission);

    /// <summary>
    /// Sets the status of the response for an error the page shows itself (403, 409, 400). A 404 shows the status page
    /// with <paramref name="notFound"/>, since Blazor leaves the body of a 404 to the status page.
    /// </summary>
    protected void SetStatus(Error error, PageProblem? notFound = null)
    {
        if (HttpContext is null)
        {
            return;
        }

        if (error is NotFoundError)
        {
            notFound?.AttachTo(HttpContext);
        }

        if (!HttpContext.Response.HasStarted)
        {
            HttpContext.Response.StatusCode = error switch
            {
                NotFoundError => StatusCodes.Status404NotFound,
                ForbiddenError => StatusCodes.Status403Forbidden,
                ConflictError => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
        }
    }
}
