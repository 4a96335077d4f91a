using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;

namespace Regie.Web.Accounts;

/// <summary>
/// The authenticator set-up as a QR code in inline SVG: one path of square modules drawn from QRCoder's module
/// matrix, with presentation attributes only, so it needs neither script nor inline style under the CSP.
/// </summary>
internal static class AuthenticatorQrCode
{
    /// <summary>The key-URI the authenticator apps read (Google Authenticator's "Key Uri Format").</summary>
    public static string Uri(string issuer, string account, string sharedKey) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}?secret={sharedKey}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6");

    /// <summary>An accessible SVG image of <paramref name="text"/>, with <paramref name="title"/> as its name.</summary>
    public static string Svg(string text, string title)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix; // includes the quiet zone of four modules on every side
        var size = rows.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (rows[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"regie-qr\" viewBox=\"0 0 {size} {size}\" width=\"{size * 5}\" height=\"{size * 5}\" role=\"img\" aria-labelledby=\"regie-qr-title\" shape-rendering=\"crispEdges\">"
            + $"<title id=\"regie-qr-title\">{WebUtility.HtmlEncode(title)}</title>"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
    }

    /// <summary>The shared key in groups of four lower-case characters, as people type it.</summary>
    public static string Readable(string key)
    {
        var readable = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            readable.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return readable.ToString().TrimEnd().ToLowerInvariant();
    }
}
