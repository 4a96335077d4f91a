using Regie.Web.Components.Charts;

namespace Regie.Web.Hosting;

/// <summary>
/// Security headers on every response (DESIGN §5). The CSP allows only our own origin; no inline script
/// except the chart import map (by hash), no inline style, no eval: charts use Vega's CSP-safe
/// expression interpreter (ADR 0003). Utrecht CSS uses data: URLs for a few icons.
/// </summary>
internal static class SecurityHeaders
{
    public static readonly string ContentSecurityPolicy = string.Join("; ",
        "default-src 'none'",
        $"script-src 'self' {ChartRuntime.ImportMapCspHash}",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'");

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
}
