using Microsoft.AspNetCore.Diagnostics;

namespace Regie.Web.Hosting;

/// <summary>Where errors go: API requests get ProblemDetails, page requests get a page (DESIGN §5).</summary>
internal static class ErrorPages
{
    /// <summary>The page shown for an unhandled exception (no details, no stack trace).</summary>
    public const string ErrorPath = "/fout";

    /// <summary>The page shown for 4xx/5xx responses without a body; {0} is the status code.</summary>
    public const string StatusPathFormat = "/status/{0}";

    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    public static bool IsPageRequest(HttpContext context) => !IsApiRequest(context);

    /// <summary>
    /// Renders a re-executed error or status page as a GET. Re-execution keeps the request's method, and a form post
    /// that ends in 404 or 403 (a non-member posting to an organisation's page) would reach the status page as a post
    /// without a form, which Blazor answers with 400 instead of the page. Goes after the error and status page
    /// middleware, which re-run the pipeline from there.
    /// </summary>
    public static IApplicationBuilder UseErrorPagesAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (reExecuted && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
        }

        return next(context);
    });
}
