namespace Regie.Data.Files;

/// <summary>
/// A shipped or imported file is not in the expected format. Names the file, the row (1-based, as a
/// spreadsheet or text editor shows it) and the column, so a user can find the problem.
/// </summary>
public sealed class DataFormatException : Exception
{
    public DataFormatException(string file, int? row, string? column, string problem)
        : base(Describe(file, row, column, problem))
    {
        File = file;
        Row = row;
        Column = column;
        Problem = problem;
    }

    public DataFormatException()
        : this("(unknown file)", null, null, "invalid data")
    {
    }

    public DataFormatException(string message)
        : this("(unknown file)", null, null, message)
    {
    }

    public DataFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown file)";
        Problem = message;
    }

    /// <summary>Path relative to the data folder.</summary>
    public string File { get; }

    /// <summary>1-based row or line; null when the problem concerns the whole file.</summary>
    public int? Row { get; }

    /// <summary>Column name (or letter) where known.</summary>
    public string? Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string file, int? row, string? column, string problem)
    {
        var where = file;
        if (row is { } r)
        {
            where += $", row {r}";
        }

        if (column is not null)
        {
            where += $", column '{column}'";
        }

        return $"{where}: {problem}";
    }
}
