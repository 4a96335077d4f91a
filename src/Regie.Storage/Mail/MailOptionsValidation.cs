using Microsoft.Extensions.Options;
using MimeKit;

namespace Regie.Storage.Mail;

/// <summary>Checks the mail settings at start-up, so a typo fails the start rather than the first password reset.</summary>
internal sealed class MailOptionsValidation : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add("Mail:Mode must be Folder or Smtp.");
        }

        if (!MailboxAddress.TryParse(options.From, out _))
        {
            failures.Add($"Mail:From '{options.From}' is not an e-mail address.");
        }

        if (options.Mode == MailMode.Smtp)
        {
            var smtp = options.Smtp;
            if (string.IsNullOrWhiteSpace(smtp.Host))
            {
                failures.Add("Mail:Mode is Smtp but Mail:Smtp:Host is not set.");
            }

            if (smtp.Port is < 1 or > 65535)
            {
                failures.Add($"Mail:Smtp:Port {smtp.Port} is not a port number (1–65535).");
            }

            if (string.IsNullOrEmpty(smtp.User) != string.IsNullOrEmpty(smtp.Password))
            {
                failures.Add("Mail:Smtp:User and Mail:Smtp:Password are set together or not at all.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
