using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Regie.EndToEnd.Tests.Hosting;

/// <summary>
/// The built Regie.Web host, started as a child process on a free loopback port with its own REGIE_HOME, exactly
/// as a person starts it (<c>dotnet Regie.Web.dll --urls …</c>). Disposing stops it and deletes the home folder.
/// </summary>
internal sealed class WebHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _home;

    private WebHostProcess(Process process, string home, Uri address)
    {
        _process = process;
        _home = home;
        Address = address;
    }

    /// <summary>The host's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>What the host wrote to stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<WebHostProcess> StartAsync(CancellationToken cancellationToken)
    {
        var assembly = WebHostAssembly();
        var home = Path.Combine(Path.GetTempPath(), $"regie-e2e-{Guid.NewGuid():N}");
        Directory.CreateDirectory(home);
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(DotnetHost())
        {
            ArgumentList = { assembly, "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(assembly)!, // A full file path always has a directory.
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["REGIE_HOME"] = home;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Scenarios__Households"] = "20000"; // the scenario lab's population: big enough to be real, quick to make
        // The suite signs up dozens of people from one loopback address within a minute (the adoption walk alone nine);
        // the sign-in limit itself is tested in Regie.Web.Tests, so here it must not turn parallel tests into 429s.
        start.Environment["RateLimits__SignInPerMinute"] = "1000";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + assembly);
        var host = new WebHostProcess(process, home, address);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilAnsweringAsync(cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS; a failed delete must not hide a test result.
        }
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web host exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The web host did not answer on {Address} within {StartTimeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    // The web host is built beside this project: artifacts/bin/Regie.Web/<configuration>/Regie.Web.dll.
    private static string WebHostAssembly()
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(own.Parent!.Parent!.FullName, "Regie.Web", own.Name, "Regie.Web.dll"); // artifacts/bin/<project>/<configuration>
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The web host is not built at {path}; build Regie.slnx in the same configuration first.", path);
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
