using System.Globalization;
using Regie.Workplace.Messaging;

namespace Regie.Workplace.People;

/// <summary>The invitation e-mail, in Dutch or English.</summary>
public sealed record InvitationText(string Language)
{
    public OutgoingMail Compose(string to, string organisation, string inviter, Role roles, string link, DateTimeOffset expires)
    {
        var nl = Language == "nl";
        var culture = CultureInfo.GetCultureInfo(nl ? "nl-NL" : "en-GB");
        var roleList = string.Join(", ", roles.Split().Select(r => RoleNames.Of(r, Language)));
        var until = expires.ToString("d MMMM yyyy HH:mm 'UTC'", culture);
        var subject = nl ? $"Uitnodiging voor {organisation} in Regie" : $"Invitation to {organisation} in Regie";
        var text = nl
            ? $"""
              {inviter} nodigt u uit voor {organisation} in Regie, met de rol(len): {roleList}.

              Open deze link om de uitnodiging aan te nemen (meld u eerst aan of maak een account):
              {link}

              De link werkt tot {until}. Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren.
              """
            : $"""
              {inviter} invites you to {organisation} in Regie, with the role(s): {roleList}.

              Open this link to accept the invitation (sign in or create an account first):
              {link}

              The link works until {until}. Not expecting this invitation? You can ignore this message.
              """;
        return new OutgoingMail(to, subject, text);
    }
}
