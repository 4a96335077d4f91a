using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

/// <summary>Collects an index's scores while reading, and rejects a code that appears twice in the file.</summary>
internal sealed class SourceScoreTable
{
    private readonly Dictionary<string, int> _firstRow = new(StringComparer.Ordinal);
    private readonly List<SourceScore> _scores = [];

    public IReadOnlyList<SourceScore> Scores => _scores;

    /// <summary>Adds a score read on the given row.</summary>
    /// <param name="error">Builds the error for the code's cell on this row.</param>
    /// <exception cref="DataFormatException">The code was already read on an earlier row.</exception>
    public void Add(string code, double score, int row, Func<string, DataFormatException> error)
    {
        if (!_firstRow.TryAdd(code, row))
        {
            throw error($"'{code}' appears again (first on row {_firstRow[code]}).");
        }

        _scores.Add(new SourceScore(code, score));
    }
}
