using Regie.Workplace.Oversight;

namespace Regie.Workplace.Tests.Oversight;

public sealed class CaseReferenceTests
{
    [Theory]
    [InlineData("ZAAK-2026-000123")]
    [InlineData("roster:week48/shift#7")]
    [InlineData("a1b2c3d4")]
    [InlineData("12345678")] // eight digits: not a BSN
    public void Accepts_references_without_personal_data(string reference) => Assert.Null(CaseReference.Problem(reference));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("jan.jansen@example.nl")]
    [InlineData("Jan Jansen")]
    [InlineData("bsn-123456782")]
    [InlineData("0612345678")]
    [InlineData("ëën")]
    public void Refuses_empty_references_and_ones_that_could_be_personal_data(string? reference) =>
        Assert.NotNull(CaseReference.Problem(reference));

    [Fact]
    public void Refuses_a_reference_over_64_characters() => Assert.NotNull(CaseReference.Problem(new string('x', 65)));
}
