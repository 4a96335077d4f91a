using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Regie.Storage.Identity;

namespace Regie.Web.Accounts;

/// <summary>
/// The links the account pages mail: e-mail confirmation and password reset. Identity's tokens are carried
/// Base64Url-encoded (as Identity's own endpoints do), and links are handed to the sender HTML-encoded, the
/// contract Identity's endpoints follow too.
/// </summary>
internal sealed class AccountMails(UserManager<RegieUser> users, IEmailSender<RegieUser> sender, IHttpContextAccessor http)
{
    public async Task SendConfirmationAsync(RegieUser user)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Absolute($"{AccountPaths.ConfirmEmail}?userId={Uri.EscapeDataString(user.Id)}&code={Encode(token)}");
        await sender.SendConfirmationLinkAsync(user, user.Email ?? "", HtmlEncoder.Default.Encode(link));
    }

    public async Task SendPasswordResetAsync(RegieUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Absolute($"{AccountPaths.ResetPassword}?email={Uri.EscapeDataString(user.Email ?? "")}&code={Encode(token)}");
        await sender.SendPasswordResetLinkAsync(user, user.Email ?? "", HtmlEncoder.Default.Encode(link));
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token inside a code from a link, or null when the code was damaged (copied in part, edited).</summary>
    public static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // Links point at the address the request came in on; behind a reverse proxy, forwarded headers must be set up.
    private string Absolute(string pathAndQuery)
    {
        var request = (http.HttpContext ?? throw new InvalidOperationException("Account mails are sent while handling a request.")).Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
    }
}
