using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Regie.Storage.Mail;
using Regie.TestKit;

namespace Regie.Storage.Tests.Mail;

/// <summary>A <see cref="FolderOutbox"/> over a temporary folder and a fake clock, and a reader for what it wrote.</summary>
internal sealed class MailFixture : IDisposable
{
    private readonly TemporaryFolder _folder = new("regie-mail");

    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 30, 15, 123, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public MailOptions Options { get; } = new() { From = "Regie <regie@example.org>" };

    public string Folder => _folder.Path;

    public FolderOutbox Outbox => new(Microsoft.Extensions.Options.Options.Create(Options), new MailFolder(Folder), Time);

    public string[] Files() => [.. Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public async Task<MimeMessage> ReadAsync(string fileName) =>
        await MimeMessage.LoadAsync(Path.Combine(Folder, fileName), TestContext.Current.CancellationToken);

    public void Dispose() => _folder.Dispose();
}
