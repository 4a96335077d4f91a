using System.Security.Cryptography;
using System.Text;

namespace Regie.Web.Components.Charts;

/// <summary>
/// The browser side of the charts (ADR 0003): vega, vega-lite and vega-embed as classic scripts, and
/// vega-interpreter as an ES module so Vega evaluates expressions without <c>eval</c>. vega-interpreter
/// imports the bare name 'vega-util'; the inline import map below resolves it, and the CSP allows exactly
/// that inline script by its hash.
/// </summary>
internal static class ChartRuntime
{
    public const string ImportMap = """{"imports":{"vega-util":"/lib/vega-util/index.js"}}""";

    /// <summary>The CSP source expression that allows the inline import map and nothing else inline.</summary>
    public static string ImportMapCspHash { get; } =
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ImportMap)))}'";

    public static IReadOnlyList<string> ClassicScripts { get; } =
        ["lib/vega/vega.min.js", "lib/vega-lite/vega-lite.min.js", "lib/vega-embed/vega-embed.min.js"];

    public const string ModuleScript = "js/charts.js";
}
