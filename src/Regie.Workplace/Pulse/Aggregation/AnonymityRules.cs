namespace Regie.Workplace.Pulse.Aggregation;

/// <summary>
/// The anonymity rules of a survey (workplace domain note §5.2): a cell is published only with at least
/// <see cref="K"/> respondents and, for every dimension, at least <see cref="MinDistinctAnswers"/> different scores.
/// </summary>
public sealed record AnonymityRules
{
    /// <summary>The default k (DESIGN §5).</summary>
    public const int DefaultK = 10;

    /// <summary>No organisation or steward can go below this k.</summary>
    public const int FloorK = 5;

    /// <summary>The default minimum of distinct scores per dimension: everybody giving the same answer is not published.</summary>
    public const int DefaultMinDistinctAnswers = 2;

    public AnonymityRules(int k, int minDistinctAnswers)
    {
        K = k >= FloorK ? k : throw new ArgumentOutOfRangeException(nameof(k), k, $"k is at least {FloorK}.");
        MinDistinctAnswers = minDistinctAnswers >= DefaultMinDistinctAnswers
            ? minDistinctAnswers
            : throw new ArgumentOutOfRangeException(nameof(minDistinctAnswers), minDistinctAnswers, $"At least {DefaultMinDistinctAnswers}.");
    }

    public int K { get; }

    public int MinDistinctAnswers { get; }

    public static AnonymityRules Default { get; } = new(DefaultK, DefaultMinDistinctAnswers);
}
