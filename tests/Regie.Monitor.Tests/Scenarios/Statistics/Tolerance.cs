namespace Regie.Monitor.Tests.Scenarios.Statistics;

/// <summary>Comparisons of a fast result with a reference one computed in another order.</summary>
internal static class Tolerance
{
    public const double Relative = 1e-9;

    /// <summary>|expected − actual| ≤ 10⁻⁹ · max(|expected|, scale); scale is the size of the terms that were summed.</summary>
    public static void Close(double expected, double actual, double scale = 1e-3, string what = "")
    {
        var allowed = Relative * Math.Max(Math.Abs(expected), scale);
        Assert.True(
            Math.Abs(expected - actual) <= allowed,
            $"{what}: expected {expected:R}, got {actual:R} (difference {Math.Abs(expected - actual):R}, allowed {allowed:R}).");
    }
}
