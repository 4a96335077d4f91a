using Regie.Core.Results;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Monitor.Tests.Scenarios.Rules;

public sealed class RuleBookParserTests
{
    private const string Good = """
        id: nl.test.rate
        unit: ratio
        description: A test rate
        legal_basis: { law: WW, article: "47", bwb: BWBR0004045 }
        indexation: none
        values:
          2025-01-01: { value: 0.75, source: "test", status: secondary }
          2024-01-01: { value: 0.70, source: "test", status: verify, published_in: "Stcrt. 1", retrieved_on: 2025-02-03 }
        """;

    [Fact]
    public void A_parameter_is_read_with_its_values_in_date_order()
    {
        var book = RuleBookParser.Parse([("rules/nl/a.yaml", Good)]).Value;

        var parameter = Assert.Single(book.Parameters);
        Assert.Equal("art. 47 WW", parameter.LegalBasis.Display);
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)], parameter.Values.Select(v => v.ValidFrom));
        Assert.Equal((0.70m, ValueStatus.Verify, "Stcrt. 1", new DateOnly(2025, 2, 3)),
            (parameter.Values[0].Value, parameter.Values[0].Status, parameter.Values[0].PublishedIn, parameter.Values[0].RetrievedOn));
    }

    [Fact]
    public void A_file_may_hold_several_parameters_as_yaml_documents()
    {
        var text = Good + "\n---\n" + Good.Replace("nl.test.rate", "nl.test.other", StringComparison.Ordinal);

        Assert.Equal(2, RuleBookParser.Parse([("rules/nl/a.yaml", text)]).Value.Parameters.Count);
    }

    [Fact]
    public void Lists_and_schedules_are_read_by_unit()
    {
        const string Text = """
            id: nl.test.shares
            unit: ratio_by_age
            description: shares
            legal_basis: { law: WML, article: "" }
            indexation: none
            values:
              2024-01-01: { list: [0.30, 0.345], source: s, status: secondary }
            ---
            id: nl.test.brackets
            unit: rate_schedule
            description: brackets
            legal_basis: { law: Wet IB 2001, article: "2.10" }
            indexation: annual
            values:
              2024-01-01:
                brackets: [ { from: 0, rate: 0.3697 }, { from: 7551800, rate: 0.4950, base: 2791900 } ]
                source: s
                status: verify
            """;

        var book = RuleBookParser.Parse([("rules/nl/a.yaml", Text)]).Value;

        Assert.Equal([0.30m, 0.345m], book.Find("nl.test.shares")!.Values[0].Items); // parsed above
        Assert.Equal(new Bracket(7551800, 0.4950m, 2791900), book.Find("nl.test.brackets")!.Values[0].Brackets[1]); // parsed above
        Assert.Equal("WML", book.Find("nl.test.shares")!.LegalBasis.Display); // no article: the law alone
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_reported_with_file_line_and_column()
    {
        var text = Good.Replace("value: 0.75", "value: 0.7x5", StringComparison.Ordinal);

        var error = Fields(RuleBookParser.Parse([("rules/nl/ww/rate.yaml", text)]));

        var (location, messages) = Assert.Single(error);
        Assert.Equal("rules/nl/ww/rate.yaml:7:24", location);
        Assert.Contains("'0.7x5' is not a number", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_location()
    {
        var text = Good.Replace("description: A test rate", "description: [unclosed", StringComparison.Ordinal);

        var (location, messages) = Assert.Single(Fields(RuleBookParser.Parse([("rules/nl/x.yaml", text)])));

        Assert.StartsWith("rules/nl/x.yaml:3:", location, StringComparison.Ordinal);
        Assert.StartsWith("not valid YAML", messages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("value: 0.75, source", "value: 0.75, sauce", "unknown key 'sauce'")]
    [InlineData("status: secondary", "status: reform", "status 'reform' is not one of")]
    [InlineData("unit: ratio", "unit: EUR_cent", "0.75 is not a whole number of eurocents")]
    [InlineData("2024-01-01:", "2024-13-01:", "'2024-13-01' is not a date")]
    [InlineData("indexation: none", "indexation: weekly", "indexation 'weekly'")]
    [InlineData("id: nl.test.rate", "id: Test Rate", "is not an id")]
    [InlineData("value: 0.75,", "value: 0.1234567891,", "more than 9 decimal places")]
    [InlineData("value: 0.75,", "list: [0.75],", "needs 'value'")]
    public void Each_kind_of_mistake_is_named(string find, string replace, string message)
    {
        var text = Good.Replace(find, replace, StringComparison.Ordinal);

        var error = Fields(RuleBookParser.Parse([("rules/nl/a.yaml", text)]));

        Assert.Contains(error.Values.SelectMany(m => m), m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_key_is_reported_at_the_mapping()
    {
        var text = Good.Replace("indexation: none\n", "", StringComparison.Ordinal);

        var (location, messages) = Assert.Single(Fields(RuleBookParser.Parse([("rules/nl/a.yaml", text)])));

        Assert.Equal("rules/nl/a.yaml:1:1", location);
        Assert.Equal("'indexation' is missing.", messages[0]);
    }

    [Fact]
    public void An_id_defined_twice_names_both_files()
    {
        var error = Fields(RuleBookParser.Parse([("rules/nl/a.yaml", Good), ("rules/nl/b.yaml", Good)]));

        var (location, messages) = Assert.Single(error);
        Assert.StartsWith("rules/nl/b.yaml:", location, StringComparison.Ordinal);
        Assert.Contains("already defined in rules/nl/a.yaml", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void One_broken_file_fails_the_whole_book_and_every_problem_is_listed()
    {
        var broken = Good.Replace("value: 0.75", "value: x", StringComparison.Ordinal).Replace("status: verify", "status: maybe", StringComparison.Ordinal);

        var result = RuleBookParser.Parse([("rules/nl/a.yaml", Good.Replace("nl.test.rate", "nl.test.ok", StringComparison.Ordinal)), ("rules/nl/b.yaml", broken)]);

        Assert.False(result.IsSuccess);
        Assert.Equal(2, Fields(result).Count);
    }

    [Fact]
    public void The_hash_depends_on_paths_and_texts_not_on_the_order_they_are_given_in()
    {
        var other = Good.Replace("nl.test.rate", "nl.test.other", StringComparison.Ordinal);

        var one = RuleBookParser.Parse([("a.yaml", Good), ("b.yaml", other)]).Value.ContentHash;
        var two = RuleBookParser.Parse([("b.yaml", other), ("a.yaml", Good)]).Value.ContentHash;
        var changed = RuleBookParser.Parse([("a.yaml", Good.Replace("0.75", "0.76", StringComparison.Ordinal)), ("b.yaml", other)]).Value.ContentHash;

        Assert.Equal(one, two);
        Assert.NotEqual(one, changed);
        Assert.Equal(64, one.Length);
    }

    private static IReadOnlyDictionary<string, string[]> Fields(Result<RuleBook> result) =>
        Assert.IsType<ValidationError>(result.Error).Fields;
}
