using System.Globalization;
using Regie.Cli.Rendering;
using Regie.Monitor.Atlas;

namespace Regie.Cli.Tests.Rendering;

public sealed class JsonOutputTests
{
    [Fact]
    public void Writes_camel_case_and_keeps_nulls()
    {
        using var writer = new StringWriter();

        JsonOutput.Write(writer, new IndexSummary("aioe", null, 61.5, 0.98, 112));

        Assert.Contains("\"indexId\": \"aioe\"", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"weightedMean\": null", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_invariant_numbers_whatever_the_culture()
    {
        using var writer = new StringWriter();
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            JsonOutput.Write(writer, new ClassShare("gradient-4", "Exposed: Gradient 4", 0.035, 345_275));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Contains("\"share\": 0.035", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_accented_and_greek_letters_readable()
    {
        using var writer = new StringWriter();

        JsonOutput.Write(writer, new SourceRef("eloundou", "Eloundou β, gradiënt"));

        Assert.Contains("Eloundou β, gradiënt", writer.ToString(), StringComparison.Ordinal);
    }
}
