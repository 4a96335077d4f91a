using System.Globalization;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class UsedValueTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    [InlineData("ar-SA")]
    public void Reads_the_same_in_every_culture_for_the_run_manifest(string culture)
    {
        var value = new UsedValue("bijstand.norm.single", new DateOnly(2026, 1, 1), ValueStatus.Est, "Regie estimate from the 2025 norm");
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal("bijstand.norm.single (est, from 2026-01-01): Regie estimate from the 2025 norm", value.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
