using Regie.Workplace.Messaging;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// The outbox of the demo's own invitations. The seeder accepts each invitation itself in the same run, for addresses
/// that cannot exist (<c>.example</c>), so the mails are kept here rather than sent: with SMTP configured they would
/// only bounce. <c>regie org invite</c> uses the real outbox.
/// </summary>
internal sealed class HeldMail : IOutbox
{
    private readonly List<OutgoingMail> _messages = [];

    public IReadOnlyList<OutgoingMail> Messages => _messages;

    public Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        _messages.Add(mail);
        return Task.CompletedTask;
    }
}
