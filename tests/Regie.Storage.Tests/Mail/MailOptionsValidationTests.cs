using Regie.Storage.Mail;

namespace Regie.Storage.Tests.Mail;

public sealed class MailOptionsValidationTests
{
    private static readonly MailOptionsValidation Validation = new();

    [Fact]
    public void The_defaults_are_valid()
    {
        var result = Validation.Validate(null, new MailOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Smtp_without_a_host_is_refused_with_the_setting_named()
    {
        var result = Validation.Validate(null, new MailOptions { Mode = MailMode.Smtp });

        Assert.True(result.Failed);
        Assert.Contains("Mail:Smtp:Host", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sender_that_is_no_address_is_refused()
    {
        var result = Validation.Validate(null, new MailOptions { From = "Regie <>" });

        Assert.True(result.Failed);
        Assert.Contains("Mail:From", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_without_a_password_is_refused()
    {
        var options = new MailOptions { Mode = MailMode.Smtp, Smtp = new SmtpSettings { Host = "smtp.example.org", User = "regie" } };

        var result = Validation.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Mail:Smtp:Password", result.FailureMessage, StringComparison.Ordinal);
    }
}
