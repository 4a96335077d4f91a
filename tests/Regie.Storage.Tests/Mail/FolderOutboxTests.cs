using MimeKit;
using Regie.Workplace.Messaging;

namespace Regie.Storage.Tests.Mail;

public sealed class FolderOutboxTests : IDisposable
{
    private readonly MailFixture _mail = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_message_becomes_one_eml_file_named_by_time_and_subject()
    {
        var mail = new OutgoingMail("anna@example.org", "Kies een nieuw wachtwoord", "Tekst");

        await _mail.Outbox.SendAsync(mail, Ct);

        Assert.Equal(["20261201T093015123Z-kies-een-nieuw-wachtwoord.eml"], _mail.Files());
    }

    [Fact]
    public async Task The_file_is_a_message_with_sender_recipient_subject_and_date()
    {
        var mail = new OutgoingMail("anna@example.org", "Bevestig uw e-mailadres", "Beste Anna,\n\nKlik op de link.");

        await _mail.Outbox.SendAsync(mail, Ct);
        var message = await _mail.ReadAsync(_mail.Files()[0]);

        Assert.Equal("regie@example.org", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Regie", message.From.Mailboxes.Single().Name);
        Assert.Equal("anna@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Bevestig uw e-mailadres", message.Subject);
        Assert.Equal(MailFixture.Start.AddTicks(-(MailFixture.Start.Ticks % TimeSpan.TicksPerSecond)), message.Date); // the Date header has whole seconds
        Assert.EndsWith("@example.org", message.MessageId ?? "", StringComparison.Ordinal);
        Assert.Equal("Beste Anna,\n\nKlik op de link.", (message.TextBody ?? "").ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public async Task A_message_with_html_carries_both_parts()
    {
        var mail = new OutgoingMail("anna@example.org", "Welkom", "Welkom bij Regie", "<p>Welkom bij <strong>Regie</strong></p>");

        await _mail.Outbox.SendAsync(mail, Ct);
        var message = await _mail.ReadAsync(_mail.Files()[0]);

        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Contains("Welkom bij Regie", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>Regie</strong>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_messages_in_the_same_millisecond_with_the_same_subject_are_both_kept()
    {
        var mail = new OutgoingMail("anna@example.org", "Herinnering", "Een");

        await _mail.Outbox.SendAsync(mail, Ct);
        await _mail.Outbox.SendAsync(mail with { Text = "Twee" }, Ct);

        Assert.Equal(["20261201T093015123Z-herinnering-2.eml", "20261201T093015123Z-herinnering.eml"], _mail.Files());
    }

    [Fact]
    public async Task Files_sort_in_the_order_the_messages_were_sent()
    {
        await _mail.Outbox.SendAsync(new OutgoingMail("a@example.org", "Zebra", "1"), Ct);
        _mail.Time.Advance(TimeSpan.FromSeconds(1));
        await _mail.Outbox.SendAsync(new OutgoingMail("a@example.org", "Aap", "2"), Ct);

        var files = _mail.Files();

        Assert.EndsWith("-zebra.eml", files[0], StringComparison.Ordinal);
        Assert.EndsWith("-aap.eml", files[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_folder_is_created_when_it_does_not_exist()
    {
        Directory.Delete(_mail.Folder);

        await _mail.Outbox.SendAsync(new OutgoingMail("a@example.org", "Eerste", "1"), Ct);

        Assert.Single(_mail.Files());
    }

    public void Dispose() => _mail.Dispose();
}
