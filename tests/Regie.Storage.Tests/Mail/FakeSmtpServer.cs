using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Regie.Storage.Tests.Mail;

/// <summary>
/// An SMTP server on the loopback address that accepts one session (RFC 5321: greeting, EHLO with AUTH PLAIN, MAIL,
/// RCPT, DATA, QUIT), records the message and the credentials, and stops. Enough to see what a client sends.
/// </summary>
internal sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _session;

    public FakeSmtpServer(CancellationToken ct)
    {
        _listener.Start();
        _session = RunAsync(ct);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The message as sent after DATA, dot-stuffing undone.</summary>
    public string Data { get; private set; } = "";

    /// <summary>The decoded AUTH PLAIN credentials ("\0user\0password"), if any.</summary>
    public string? Credentials { get; private set; }

    public List<string> Commands { get; } = [];

    /// <summary>Waits until the client has quit (or the session failed).</summary>
    public Task Completed => _session;

    private async Task RunAsync(CancellationToken ct)
    {
        using var client = await _listener.AcceptTcpClientAsync(ct);
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake.test ESMTP");
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            Commands.Add(line);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-fake.test");
                    await writer.WriteLineAsync("250 AUTH PLAIN");
                    break;
                case "AUTH":
                    var initial = line.Split(' ').ElementAtOrDefault(2);
                    if (initial is null)
                    {
                        await writer.WriteLineAsync("334 ");
                        initial = await reader.ReadLineAsync(ct);
                    }

                    Credentials = Encoding.UTF8.GetString(Convert.FromBase64String(initial ?? ""));
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(ct) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    Data = data.ToString();
                    await writer.WriteLineAsync("250 2.0.0 Queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _session;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // The test has its answer; a session cut short by the stop is no failure of its own.
        }
    }
}
