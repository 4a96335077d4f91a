namespace Regie.Monitor.Scenarios.Rules;

/// <summary>Checks a value fits its parameter; shared by the file parser and scenario overrides.</summary>
internal static class ValueChecks
{
    /// <summary>Rates and amounts carry at most this many decimal places, so the compiled law can use fixed point.</summary>
    public const int MaxDecimals = 9;

    /// <summary>A message describing what is wrong, or null when the value fits.</summary>
    public static string? Problem(RuleParameter parameter, DatedValue value) => parameter.Shape switch
    {
        ValueShape.Scalar when value.Items.Count > 0 || value.Brackets.Count > 0 =>
            $"unit '{parameter.Unit}' takes a single 'value', not a list or brackets.",
        ValueShape.Scalar => NumberProblem(value.Value, parameter.IsMoney),
        ValueShape.List when value.Items.Count == 0 => $"unit '{parameter.Unit}' takes a 'list' of numbers.",
        ValueShape.List => value.Items.Select(i => NumberProblem(i, parameter.IsMoney)).FirstOrDefault(p => p is not null),
        _ => ScheduleProblem(value.Brackets),
    };

    /// <summary>A message when a number has too many decimals or, for money, is not whole eurocents.</summary>
    public static string? NumberProblem(decimal number, bool money) =>
        number.Scale > MaxDecimals && number != decimal.Round(number, MaxDecimals)
            ? $"{number} has more than {MaxDecimals} decimal places."
            : money && number != decimal.Truncate(number)
                ? $"{number} is not a whole number of eurocents (amounts are stored in cents)."
                : null;

    private static string? ScheduleProblem(IReadOnlyList<Bracket> brackets)
    {
        if (brackets.Count == 0)
        {
            return "unit 'rate_schedule' takes 'brackets' (a list of { from, rate, base }).";
        }

        for (var i = 0; i < brackets.Count; i++)
        {
            if (NumberProblem(brackets[i].Rate, money: false) is { } problem)
            {
                return problem;
            }

            if (i > 0 && brackets[i].FromCents <= brackets[i - 1].FromCents)
            {
                return $"bracket 'from' values must ascend ({brackets[i].FromCents} follows {brackets[i - 1].FromCents}).";
            }
        }

        return null;
    }
}
