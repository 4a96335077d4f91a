namespace Regie.EndToEnd.Tests.Hosting;

/// <summary>
/// The browser the end-to-end tests drive: the Chromium executable named by REGIE_TEST_CHROMIUM (Debian's
/// /usr/bin/chromium in .ci/run). Playwright never downloads a browser here.
/// </summary>
internal static class ChromiumSetting
{
    public const string Variable = "REGIE_TEST_CHROMIUM";

    /// <summary>Arguments for a headless, offline, quiet Chromium that runs as root in a container.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The executable, or null when the variable is unset or names no file.</summary>
    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path && File.Exists(path) ? path : null;

    /// <summary>Why browser tests cannot run, or null when they can.</summary>
    public static string? SkipReason => Environment.GetEnvironmentVariable(Variable) switch
    {
        null or "" => $"{Variable} is not set; set it to a Chromium executable (bash .ci/run does) to run browser tests.",
        var path when !File.Exists(path) => $"{Variable} names '{path}', which does not exist.",
        _ => null,
    };
}
