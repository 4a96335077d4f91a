using Microsoft.AspNetCore.Components;
using Regie.Core.Results;
using Regie.Web.Components.Pages.Errors;

namespace Regie.Web.Components.Pages.Atlas;

/// <summary>Base of the atlas pages: the request's cancellation and the HTTP status for expected errors.</summary>
public abstract class AtlasPage : ComponentBase
{
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    /// <summary>Cancelled when the browser goes away.</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>
    /// Sets the status of the page's response for an expected error (404 for an unknown code, 400 for
    /// invalid input). The page shows its own message, except for 404: then Blazor leaves the body to the
    /// status page, which shows <paramref name="problem"/>.
    /// </summary>
    protected void SetStatus(Error error, PageProblem? problem = null)
    {
        if (HttpContext is not null)
        {
            problem?.AttachTo(HttpContext);
        }

        if (HttpContext is { Response.HasStarted: false } context)
        {

            context.Response.StatusCode = error switch
            {
                NotFoundError => StatusCodes.Status404NotFound,
                ValidationError => StatusCodes.Status400BadRequest,
                ConflictError => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
        }
    }
}
