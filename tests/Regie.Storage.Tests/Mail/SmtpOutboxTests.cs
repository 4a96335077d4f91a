using System.Text;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Regie.Storage.Mail;
using Regie.Workplace.Messaging;

namespace Regie.Storage.Tests.Mail;

public sealed class SmtpOutboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_message_is_sent_to_the_configured_server_with_the_configured_login()
    {
        await using var server = new FakeSmtpServer(Ct);
        var options = new MailOptions
        {
            Mode = MailMode.Smtp,
            From = "Regie <regie@example.org>",
            Smtp = new SmtpSettings { Host = "127.0.0.1", Port = server.Port, UseStartTls = false, User = "regie", Password = "geheim" },
        };
        var outbox = new SmtpOutbox(Microsoft.Extensions.Options.Options.Create(options), new FakeTimeProvider(MailFixture.Start));

        await outbox.SendAsync(new OutgoingMail("anna@example.org", "Uitnodiging", "Welkom bij Regie."), Ct);
        await server.Completed;
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(server.Data)), Ct);

        Assert.Equal("\0regie\0geheim", server.Credentials);
        Assert.Contains(server.Commands, c => c.StartsWith("RCPT TO:<anna@example.org>", StringComparison.Ordinal));
        Assert.Equal("Uitnodiging", message.Subject);
        Assert.Equal("regie@example.org", message.From.Mailboxes.Single().Address);
        Assert.Contains("Welkom bij Regie.", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 587, MailKit.Security.SecureSocketOptions.StartTls)]
    [InlineData(false, 465, MailKit.Security.SecureSocketOptions.SslOnConnect)]
    [InlineData(false, 25, MailKit.Security.SecureSocketOptions.None)]
    public void The_connection_security_follows_the_settings(bool useStartTls, int port, MailKit.Security.SecureSocketOptions expected) =>
        Assert.Equal(expected, SmtpOutbox.Security(new SmtpSettings { UseStartTls = useStartTls, Port = port }));
}
