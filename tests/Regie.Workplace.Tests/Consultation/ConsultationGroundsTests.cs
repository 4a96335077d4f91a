using Regie.Workplace.Consultation;
using static Regie.Workplace.Consultation.LegalGrounds;

namespace Regie.Workplace.Tests.Consultation;

public sealed class ConsultationGroundsTests
{
    [Theory]
    [InlineData(ConsultationKind.Advice, Wor25_1k, false, true)]
    [InlineData(ConsultationKind.Advice, Wor25_1k | Wor25_1e | Wor25_1h, false, true)]
    [InlineData(ConsultationKind.Advice, Wor25_1e, false, false)]
    [InlineData(ConsultationKind.Advice, Wor25_1k | Wor27_1l, false, false)]
    [InlineData(ConsultationKind.Consent, Wor27_1l, true, true)]
    [InlineData(ConsultationKind.Consent, Wor27_1k, true, false)]
    [InlineData(ConsultationKind.Consent, Wor27_1k, false, true)]
    [InlineData(ConsultationKind.Consent, None, false, false)]
    [InlineData(ConsultationKind.Consent, Wor27_1l | Wor25_1k, true, false)]
    public void A_request_rests_on_the_grounds_of_its_kind(ConsultationKind kind, LegalGrounds grounds, bool monitoring, bool valid) =>
        Assert.Equal(valid, !ConsultationGrounds.Problems(kind, grounds, monitoring).Any());

    [Fact]
    public void A_consent_request_on_a_monitoring_system_starts_with_article_27_1_l() =>
        Assert.True(ConsultationGrounds.Default(ConsultationKind.Consent, monitoringCapable: true).HasFlag(Wor27_1l));
}
