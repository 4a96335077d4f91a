using System.Globalization;
using Microsoft.Extensions.Options;
using Regie.Workplace.Messaging;

namespace Regie.Storage.Mail;

/// <summary>
/// The default outbox: each message becomes one .eml file (RFC 5322) in the mail folder, named by the time it was
/// sent and a short form of its subject (<c>20261201T093015123Z-reset-your-password.eml</c>), so a listing sorts by
/// time and any mail program opens it.
/// </summary>
internal sealed class FolderOutbox(IOptions<MailOptions> options, MailFolder folder, TimeProvider time) : IOutbox
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var message = MimeMail.Create(mail, options.Value, now);
        Directory.CreateDirectory(folder.Path);
        var stem = now.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + SubjectSlug.Of(mail.Subject);

        // Written beside the target and then moved, so nobody opens a half-written message.
        var temporary = Path.Combine(folder.Path, $".{stem}.{Guid.NewGuid():N}.tmp");
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await message.WriteToAsync(stream, ct);
        }

        MoveToFreeName(temporary, stem);
    }

    // Two messages in the same millisecond with the same subject get -2, -3, … rather than overwriting each other.
    private void MoveToFreeName(string temporary, string stem)
    {
        for (var attempt = 1; ; attempt++)
        {
            var name = attempt == 1 ? $"{stem}.eml" : $"{stem}-{attempt}.eml";
            try
            {
                File.Move(temporary, Path.Combine(folder.Path, name), overwrite: false);
                return;
            }
            catch (IOException) when (File.Exists(Path.Combine(folder.Path, name)) && attempt < 1000)
            {
                // Taken: try the next suffix.
            }
        }
    }
}

/// <summary>The folder <see cref="FolderOutbox"/> writes to: <c>Mail:Folder</c>, else <c>mail</c> under REGIE_HOME.</summary>
public sealed record MailFolder(string Path);
