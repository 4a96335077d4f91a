using System.Globalization;
using Regie.Storage.Identity;
using Regie.Storage.Mail;

namespace Regie.Storage.Tests.Mail;

public sealed class IdentityMailSenderTests : IDisposable
{
    private const string EncodedLink = "https://regie.example/account/wachtwoord-herstellen?email=anna%40example.org&amp;code=abc";
    private const string Link = "https://regie.example/account/wachtwoord-herstellen?email=anna%40example.org&code=abc";

    private readonly MailFixture _mail = new();
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    private static RegieUser Anna => new() { DisplayName = "Anna de Vries", Email = "anna@example.org" };

    [Fact]
    public async Task A_reset_mail_is_Dutch_by_default_and_carries_the_link_once_decoded()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");

        await new IdentityMailSender(_mail.Outbox).SendPasswordResetLinkAsync(Anna, "anna@example.org", EncodedLink);
        var message = await _mail.ReadAsync(_mail.Files()[0]);

        Assert.Equal("Kies een nieuw wachtwoord voor Regie", message.Subject);
        Assert.Contains("Beste Anna de Vries,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(Link, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{EncodedLink}\"", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confirmation_mail_is_English_when_the_interface_is_English()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

        await new IdentityMailSender(_mail.Outbox).SendConfirmationLinkAsync(Anna, "anna@example.org", EncodedLink);
        var message = await _mail.ReadAsync(_mail.Files()[0]);

        Assert.Equal("Confirm your e-mail address for Regie", message.Subject);
        Assert.Contains("Hello Anna de Vries,", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_code_is_shown_in_the_mail_and_addressed_by_e_mail_when_the_user_has_no_name()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
        var nameless = new RegieUser { Email = "bert@example.org" };

        await new IdentityMailSender(_mail.Outbox).SendPasswordResetCodeAsync(nameless, "bert@example.org", "CfDJ8abc");
        var message = await _mail.ReadAsync(_mail.Files()[0]);

        Assert.Equal("bert@example.org", message.To.Mailboxes.Single().Address);
        Assert.Contains("Beste bert@example.org,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>CfDJ8abc</strong>", message.HtmlBody, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _mail.Dispose();
    }
}
