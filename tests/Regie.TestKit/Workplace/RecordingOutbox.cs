using System.Collections.Concurrent;
using Regie.Workplace.Messaging;

namespace Regie.TestKit.Workplace;

/// <summary>Keeps every mail sent, in order, for tests to read.</summary>
public sealed class RecordingOutbox : IOutbox
{
    private readonly ConcurrentQueue<OutgoingMail> _sent = new();

    public IReadOnlyList<OutgoingMail> Sent => [.. _sent];

    public Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        _sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
