using Regie.Web.Components.Pages.Workplace;
using Regie.Workplace.People;

namespace Regie.Web.Hosting;

/// <summary>What the web host adds to an invitation, for the API and the pages alike: the link and the mail's language.</summary>
internal static class InvitationLinks
{
    /// <summary>
    /// The accept link for an invitation secret: the accept page on the host this request came to. Behind a reverse
    /// proxy, forwarded headers must be configured so that scheme and host are the public ones.
    /// </summary>
    public static Func<string, string> AcceptUrl(HttpRequest request) =>
        secret => $"{request.Scheme}://{request.Host}{WorkplaceRoutes.AcceptInvitation(secret)}";

    /// <summary>The invitation mail in the language of the inviter's interface.</summary>
    public static InvitationText MailText() =>
        new(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl");
}
