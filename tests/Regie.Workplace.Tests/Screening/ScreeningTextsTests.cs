using System.Reflection;
using Regie.Workplace.Screening;

namespace Regie.Workplace.Tests.Screening;

public sealed class ScreeningTextsTests
{
    private static readonly string[] QuestionProperties =
        [.. typeof(ScreeningAnswers).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name)];

    /// <summary>How references start in each language, e.g. "AI-verordening art. 26 lid 7" or "WOR Art. 27(1)(l)".</summary>
    private static readonly Dictionary<string, string[]> ReferencePrefixes = new(StringComparer.Ordinal)
    {
        ["nl"] = ["AI-verordening art. ", "AI-verordening bijlage ", "WOR art. "],
        ["en"] = ["AI Act Art. ", "AI Act Annex ", "WOR Art. "],
    };

    public static TheoryData<string> Languages => [.. ScreeningTexts.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_risk_class_reason_duty_and_answer_option_has_a_text(string language)
    {
        var texts = Enum.GetValues<RiskClass>().Select(v => ScreeningTexts.For(v, language))
            .Concat(Enum.GetValues<ScreeningReason>().Select(v => ScreeningTexts.For(v, language)))
            .Concat(Enum.GetValues<DutyKind>().Select(v => ScreeningTexts.For(v, language)))
            .Concat(Enum.GetValues<OperatorRole>().Select(v => ScreeningTexts.For(v, language)))
            .Concat(Enum.GetValues<Art63Exception>().Select(v => ScreeningTexts.For(v, language)));

        Assert.All(texts, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text.Title));
            Assert.False(string.IsNullOrWhiteSpace(text.Explanation));
            Assert.Contains(ReferencePrefixes[language], prefix => text.LegalReference.StartsWith(prefix, StringComparison.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_question_has_a_title_help_and_reference(string language)
    {
        var questions = QuestionProperties.Select(name => ScreeningTexts.Question(name, language));

        Assert.All(questions, question =>
        {
            Assert.False(string.IsNullOrWhiteSpace(question.Title));
            Assert.False(string.IsNullOrWhiteSpace(question.Help));
            Assert.False(string.IsNullOrWhiteSpace(question.LegalReference));
        });
    }

    [Fact]
    public void Dutch_and_English_texts_differ()
    {
        var explanations = Enum.GetValues<DutyKind>().Select(v => (ScreeningTexts.For(v, "nl"), ScreeningTexts.For(v, "en")))
            .Concat(Enum.GetValues<ScreeningReason>().Select(v => (ScreeningTexts.For(v, "nl"), ScreeningTexts.For(v, "en"))))
            .Concat(Enum.GetValues<RiskClass>().Select(v => (ScreeningTexts.For(v, "nl"), ScreeningTexts.For(v, "en"))));

        Assert.All(explanations, pair => Assert.NotEqual(pair.Item1.Explanation, pair.Item2.Explanation));
        Assert.All(QuestionProperties, name =>
            Assert.NotEqual(ScreeningTexts.Question(name, "nl").Title, ScreeningTexts.Question(name, "en").Title));
    }

    [Fact]
    public void The_question_order_lists_every_question_once() =>
        Assert.Equal(QuestionProperties.Order(StringComparer.Ordinal), ScreeningTexts.QuestionOrder.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(DutyKind.Art26_7InformWorkers, "nl", "AI-verordening art. 26 lid 7")]
    [InlineData(DutyKind.Art26_7InformWorkers, "en", "AI Act Art. 26(7)")]
    [InlineData(DutyKind.Wor27ConsentRequest, "nl", "WOR art. 27 lid 1 sub l")]
    [InlineData(DutyKind.Wor27ConsentRequest, "en", "WOR Art. 27(1)(l)")]
    [InlineData(DutyKind.Wor25AdviceRequest, "nl", "WOR art. 25 lid 1 sub k")]
    public void Cites_the_provision_in_each_language(DutyKind kind, string language, string reference) =>
        Assert.Equal(reference, ScreeningTexts.For(kind, language).LegalReference);

    [Fact]
    public void Rejects_a_language_it_has_no_texts_in() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScreeningTexts.For(RiskClass.HighRisk, "de"));

    [Fact]
    public void Rejects_a_question_that_does_not_exist() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScreeningTexts.Question("IsRobot", "nl"));
}
