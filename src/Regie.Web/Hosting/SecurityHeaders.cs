using Regie.Web.Components.Charts;

namespace Regie.Web.Hosting;

/// <summary>
/// Security headers on every response (DESIGN §5). The CSP allows only our own origin; no inline script
/// except the chart import map (by hash), no inline style, no eval: charts use Vega's CSP-safe
/// expression interpreter (ADR 0003). Utrecht CSS uses data: URLs for a few icons. Forms post only to us, and
/// to the OpenID Connect provider when one is configured: the external sign-in button's post is answered with
/// a redirect there, and browsers apply form-action to that redirect too (ADR 0009).
/// </summary>
internal static class SecurityHeaders
{
    public static readonly string ContentSecurityPolicy = Policy(formTargets: []);

    /// <summary>The policy with <paramref name="formTargets"/> (origins) allowed as form destinations besides our own.</summary>
    public static string Policy(IEnumerable<string> formTargets) => string.Join("; ",
        "default-src 'none'",
        $"script-src 'self' {ChartRuntime.ImportMapCspHash}",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        string.Join(' ', ["form-action 'self'", .. formTargets]),
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var provider = app.ApplicationServices.GetRequiredService<IConfiguration>()
            .GetSection($"{AuthOptions.Section}:OpenIdConnect").Get<OpenIdConnectSettings>();
        var policy = provider is { IsConfigured: true } && Uri.TryCreate(provider.Authority, UriKind.Absolute, out var authority)
            ? Policy([authority.GetLeftPart(UriPartial.Authority)])
            : ContentSecurityPolicy;
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
    }
}
