using System.Reflection;
using Regie.Data.Build;

namespace Regie.Web.Hosting;

/// <summary>Builds the analytical store from the shipped data before the first request is served.</summary>
internal static class AnalyticalStoreStartup
{
    /// <summary>
    /// Builds the store when it is missing or the shipped data changed (the build is keyed by a content hash,
    /// so an up-to-date store costs one hash check). Skipped while the build generates the OpenAPI document.
    /// </summary>
    public static async Task EnsureAnalyticalStoreAsync(this WebApplication app)
    {
        if (IsBuildTimeDocumentGeneration())
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Regie.Web.Startup");
        var builder = app.Services.GetRequiredService<IDataBuilder>();
        var progress = new ImmediateProgress<BuildProgress>(p => logger.LogInformation(
            "Building analytical store: step {Index}/{Count} {Step}", p.Index, p.Count, p.Step));

        var result = await builder.BuildAsync(force: false, progress, app.Lifetime.ApplicationStopping);
        logger.LogInformation(
            result.Built ? "Analytical store built in {Seconds:0.0} s: {Path}" : "Analytical store up to date ({Seconds:0.0} s): {Path}",
            result.Elapsed.TotalSeconds, result.StorePath);
    }

    // The build-time OpenAPI generator starts the entry point under the GetDocument.Insider tool
    // (documented in "Generate OpenAPI documents at build time").
    internal static bool IsBuildTimeDocumentGeneration() =>
        string.Equals(Assembly.GetEntryAssembly()?.GetName().Name, "GetDocument.Insider", StringComparison.Ordinal);

    /// <summary>Reports on the caller's thread, so progress lines come out in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
