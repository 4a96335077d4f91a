using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Regie.TestKit.Workplace;
using Regie.Web.Components.Pages.Workplace.Register;
using Regie.Workplace.Screening;

namespace Regie.Web.Tests.Workplace.Register;

/// <summary>The screening form's sections and its reading and writing of answers.</summary>
public sealed class ScreeningFormTests
{
    [Fact]
    public void The_sections_ask_every_question_once_in_the_order_of_the_decision_path()
    {
        var asked = ScreeningSections.All.SelectMany(s => s.Questions).ToList();

        Assert.Equal(ScreeningTexts.QuestionOrder, asked);
        Assert.Equal([1, 2, 3, 4, 5, 6], ScreeningSections.All.Select(s => s.Number));
    }

    public static TheoryData<string> Paths => ["HighRisk", "Minimal", "Prohibited", "Exception"];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Answers_shown_in_the_form_and_posted_back_are_the_same_answers(string path)
    {
        var answers = path switch
        {
            "HighRisk" => Answers.HighRisk(),
            "Minimal" => Answers.Minimal() with { Role = OperatorRole.Provider },
            "Prohibited" => Answers.Prohibited(),
            _ => Answers.HighRisk() with { ExceptionClaimed = Art63Exception.DetectsPatternsOnly, ExceptionReasoning = "Alleen patronen, een mens beslist.", ProfilesPersons = false },
        };
        var shown = ScreeningInput.From(answers);

        var posted = ScreeningInput.Read(Form(ScreeningTexts.QuestionOrder.Select(q => (q, shown[q])))).ToAnswers();

        Assert.Equal(answers, posted);
    }

    [Fact]
    public void Not_answered_and_unknown_values_are_read_as_no_answer()
    {
        var posted = ScreeningInput.Read(Form([("IsAiSystem", ""), ("Role", "Onbekend"), ("SocialScoring", "misschien"), ("ExceptionReasoning", "   ")])).ToAnswers();

        Assert.Equal(new ScreeningAnswers(), posted);
    }

    [Fact]
    public void A_number_outside_the_options_is_passed_on_for_the_use_case_to_refuse()
    {
        var posted = ScreeningInput.Read(Form([("ExceptionClaimed", "9")])).ToAnswers();

        Assert.Equal((Art63Exception)9, posted.ExceptionClaimed);
    }

    private static FormCollection Form(IEnumerable<(string Key, string Value)> fields) =>
        new(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value), StringComparer.Ordinal));
}
