using Regie.Workplace.Assessments;

namespace Regie.Workplace.Tests.Assessments;

public sealed class JobImpactInstrumentTests
{
    private static JobImpactInstrument Instrument => JobImpactInstrument.Shipped;

    [Fact]
    public void The_shipped_instrument_has_a_version_and_cites_the_guidelines()
    {
        Assert.Equal("1.0", Instrument.Version);
        Assert.Contains("Shared Prosperity", Instrument.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void It_holds_seven_opportunity_and_eighteen_risk_signals_with_unique_codes()
    {
        Assert.Equal(7, Instrument.Signals.Count(s => s.IsOpportunity));
        Assert.Equal(18, Instrument.Signals.Count(s => !s.IsOpportunity));
        Assert.Equal(Instrument.Signals.Count, Instrument.ByCode.Count);
    }

    [Fact]
    public void Every_signal_has_Dutch_and_English_text_and_a_theme() =>
        Assert.All(Instrument.Signals, s => Assert.True(
            s.Dutch.Length > 10 && s.English.Length > 10 && s.Theme.Length > 3, $"{s.Code} misses a text"));

    [Theory]
    [InlineData("OS2", false)]
    [InlineData("RS13", false)]
    [InlineData("RS18", true)]
    [InlineData("OS7", true)]
    public void Signals_whose_number_could_not_be_checked_are_marked(string code, bool unverified) =>
        Assert.Equal(unverified, Instrument.ByCode[code].Unverified);
}
