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
}
