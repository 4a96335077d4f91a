using MimeKit;
using MimeKit.Utils;
using Regie.Workplace.Messaging;

namespace Regie.Storage.Mail;

/// <summary>Turns an <see cref="OutgoingMail"/> into an RFC 5322 message: plain text, with an HTML alternative when given.</summary>
internal static class MimeMail
{
    public static MimeMessage Create(OutgoingMail mail, MailOptions options, DateTimeOffset date)
    {
        var from = MailboxAddress.Parse(options.From);
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = date,
            MessageId = MimeUtils.GenerateMessageId(DomainOf(from)),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    private static string DomainOf(MailboxAddress address) =>
        address.Domain is { Length: > 0 } domain ? domain : "localhost";
}
