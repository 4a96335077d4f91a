using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Regie.Workplace.Messaging;

namespace Regie.Storage.Mail;

/// <summary>Sends each message through the configured SMTP server (MailKit), one connection per message.</summary>
internal sealed class SmtpOutbox(IOptions<MailOptions> options, TimeProvider time) : IOutbox
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var settings = options.Value.Smtp;
        var message = MimeMail.Create(mail, options.Value, time.GetUtcNow());
        using var client = new SmtpClient();
        // Host is required in Smtp mode (checked at start-up by MailOptionsValidation).
        await client.ConnectAsync(settings.Host!, settings.Port, Security(settings), ct);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    internal static SecureSocketOptions Security(SmtpSettings settings) => settings switch
    {
        { UseStartTls: true } => SecureSocketOptions.StartTls,
        { Port: 465 } => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
