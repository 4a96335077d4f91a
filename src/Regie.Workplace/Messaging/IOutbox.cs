namespace Regie.Workplace.Messaging;

/// <summary>
/// Sends e-mail (invitations, password resets, confirmations). By default messages are written as .eml files to a
/// folder under REGIE_HOME so a new user can open them; SMTP is a configuration choice.
/// </summary>
public interface IOutbox
{
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}

/// <summary>One e-mail message: plain text always, HTML optional.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string? Html = null);
