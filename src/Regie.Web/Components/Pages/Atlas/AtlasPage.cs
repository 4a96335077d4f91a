using Microsoft.AspNetCore.Components;
using Regie.Core.Results;

namespace Regie.Web.Components.Pages.Atlas;

/// <summary>Base of the atlas pages: the request's cancellation and the HTTP status for expected errors.</summary>
public abstract class AtlasPage : ComponentBase
{
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    /// <summary>Cancelled when the browser goes away.</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>
    /// Sets the status of the page's response for an expected error (404 for an unknown code, 400 for
    /// invalid input); the page itself shows the helpful message (static SSR: nothing is sent yet).
    /// </summary>
    protected void SetStatus(Error error)
    {
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
