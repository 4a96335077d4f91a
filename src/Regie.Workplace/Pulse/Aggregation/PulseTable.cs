using System.Text.Json.Serialization;
namespace Regie.Workplace.Pulse.Aggregation;

/// <summary>
/// The figures of one dimension in one published cell: respondents, mean score, sample variance of the scores and the
/// number of respondents whose score is "high" (at least the dimension's <c>HighFrom</c>).
/// </summary>
public sealed record DimensionStats(string Code, int N, double Mean, double Variance, int High)
{
    /// <summary>Share of respondents with a high score, in [0, 1].</summary>
    public double ShareHigh => (double)High / N;
}

/// <summary>Why a cell is not shown. Stored nowhere; the numbers only order the reasons.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuppressionReason>))]
public enum SuppressionReason
{
    None = 0,

    /// <summary>Nobody answered.</summary>
    NoResponses = 1,

    /// <summary>Fewer than k respondents.</summary>
    TooFewRespondents = 2,

    /// <summary>In some dimension, (almost) everybody gave the same answer.</summary>
    TooFewDistinctAnswers = 3,

    /// <summary>Shown, it would let someone work out a hidden cell by subtraction.</summary>
    Complementary = 4,
}

/// <summary>
/// One cell: a worker group in a wave, or all groups of the wave together (<see cref="WorkerGroupId"/> null). A
/// suppressed cell carries no numbers at all, not even its number of respondents.
/// </summary>
public sealed record PulseCell(Guid WaveId, Guid? WorkerGroupId, SuppressionReason Suppressed, int? Respondents, IReadOnlyList<DimensionStats> Dimensions)
{
    public bool IsPublished => Suppressed == SuppressionReason.None;
}

/// <summary>The published table of a survey: every wave × worker group, and every wave's total, after suppression.</summary>
public sealed record PulseTable(int K, IReadOnlyList<PulseCell> Cells)
{
    /// <summary>The cell of a group (or the total, with null) in a wave.</summary>
    public PulseCell? Cell(Guid waveId, Guid? workerGroupId) =>
        Cells.FirstOrDefault(c => c.WaveId == waveId && c.WorkerGroupId == workerGroupId);

    /// <summary>
    /// The rows for some worker groups only. Filtering selects rows of the fixed table, the wave totals stay the totals
    /// over all groups, so no combination of filters yields an aggregate that could be subtracted from another.
    /// </summary>
    public PulseTable Only(IReadOnlyCollection<Guid>? workerGroups) => workerGroups is not { Count: > 0 }
        ? this
        : this with { Cells = [.. Cells.Where(c => c.WorkerGroupId is null || workerGroups.Contains(c.WorkerGroupId.Value))] };
}
