namespace Regie.Storage.Mail;

/// <summary>
/// Where Regie's e-mail goes (configuration section "Mail"). By default each message is written as an .eml file to
/// <c>&lt;REGIE_HOME&gt;/mail</c>, so a new installation needs no mail server; <c>Mode=Smtp</c> sends it instead.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailMode Mode { get; set; } = MailMode.Folder;

    /// <summary>The sender, as an address or "Name &lt;address&gt;".</summary>
    public string From { get; set; } = "Regie <regie@localhost>";

    /// <summary>The folder for <see cref="MailMode.Folder"/>; default <c>mail</c> under REGIE_HOME.</summary>
    public string? Folder { get; set; }

    public SmtpSettings Smtp { get; set; } = new();
}

/// <summary>How mail leaves Regie.</summary>
public enum MailMode
{
    /// <summary>Written as .eml files to a folder (the default).</summary>
    Folder = 1,

    /// <summary>Sent through an SMTP server.</summary>
    Smtp = 2,
}

/// <summary>The SMTP server for <see cref="MailMode.Smtp"/> (section "Mail:Smtp").</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Require STARTTLS (default). When false, port 465 uses TLS from the start and other ports send in clear.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }
}
