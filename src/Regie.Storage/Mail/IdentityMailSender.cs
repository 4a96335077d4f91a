using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Regie.Storage.Identity;
using Regie.Workplace.Messaging;

namespace Regie.Storage.Mail;

/// <summary>
/// Sends ASP.NET Core Identity's account mails (confirmation, password reset) through <see cref="IOutbox"/>, in the
/// current UI language. Identity hands over links HTML-encoded (its own endpoints encode them, and Regie's pages do
/// the same), so they are decoded here once and encoded again where the HTML part needs it.
/// </summary>
internal sealed class IdentityMailSender(IOutbox outbox) : IEmailSender<RegieUser>
{
    public Task SendConfirmationLinkAsync(RegieUser user, string email, string confirmationLink) =>
        SendAsync(email, AccountMail.Confirmation(CultureInfo.CurrentUICulture, NameOf(user, email), WebUtility.HtmlDecode(confirmationLink)));

    public Task SendPasswordResetLinkAsync(RegieUser user, string email, string resetLink) =>
        SendAsync(email, AccountMail.ResetLink(CultureInfo.CurrentUICulture, NameOf(user, email), WebUtility.HtmlDecode(resetLink)));

    public Task SendPasswordResetCodeAsync(RegieUser user, string email, string resetCode) =>
        SendAsync(email, AccountMail.ResetCode(CultureInfo.CurrentUICulture, NameOf(user, email), WebUtility.HtmlDecode(resetCode)));

    private static string NameOf(RegieUser user, string email) => user.DisplayName is { Length: > 0 } name ? name : email;

    // Identity's sender interface carries no cancellation token; a mail, once started, is finished.
    private Task SendAsync(string to, AccountMail mail) =>
        outbox.SendAsync(new OutgoingMail(to, mail.Subject, mail.Text, mail.Html), CancellationToken.None);
}
