using System.Globalization;
using Sylvan.Data.Csv;

namespace Regie.Data.Files;

/// <summary>
/// A delimited text file read with Sylvan.Data.Csv, with header lookup by name and typed access that reports
/// the file, row and column of a bad value. Row numbers count records, header = row 1.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvDataReader _reader;
    private readonly Dictionary<string, int> _columns;
    private readonly StreamReader _text;
    private int _row = 1;

    private CsvTable(string file, StreamReader text, CsvDataReader reader)
    {
        File = file;
        _text = text;
        _reader = reader;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            _columns.TryAdd(reader.GetName(i).Trim(), i);
        }
    }

    public string File { get; }

    /// <summary>1-based number of the current record (header = 1).</summary>
    public int Row => _row;

    public static CsvTable Open(ShippedData data, string file, char delimiter = ',', params string[] requiredColumns) =>
        Open(data.Open(file), file, delimiter, requiredColumns);

    /// <summary>Reads from a stream (e.g. a zip entry); <paramref name="file"/> names it in errors.</summary>
    public static CsvTable Open(Stream stream, string file, char delimiter = ',', params string[] requiredColumns)
    {
        var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        try
        {
            var options = new CsvDataReaderOptions
            {
                Delimiter = delimiter,
                HasHeaders = true,
                Quote = delimiter == '\t' ? '\0' : '"',
                BufferSize = 1 << 16,
                MaxBufferSize = 1 << 24,
            };
            var reader = CsvDataReader.Create(text, options);
            var table = new CsvTable(file, text, reader);
            foreach (var column in requiredColumns)
            {
                _ = table.Column(column);
            }

            return table;
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    public bool Read()
    {
        try
        {
            var more = _reader.Read();
            if (more)
            {
                _row++;
            }

            return more;
        }
        catch (CsvFormatException e)
        {
            throw new DataFormatException(File, _row + 1, null, $"malformed CSV ({e.Message}).");
        }
    }

    private int Column(string name) =>
        _columns.TryGetValue(name, out var index)
            ? index
            : throw new DataFormatException(File, 1, name, "the header lacks this column.");

    public bool Has(string column) => _columns.ContainsKey(column);

    public string? Text(string column)
    {
        var index = Column(column);
        if (index >= _reader.RowFieldCount)
        {
            throw new DataFormatException(File, _row, column, $"the row has {_reader.RowFieldCount} fields; this column is missing.");
        }

        var value = _reader.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }

    public string RequiredText(string column) =>
        Text(column) ?? throw new DataFormatException(File, _row, column, "the field is empty.");

    public double? NumberOrNull(string column)
    {
        var text = Text(column);
        if (text is null or "NA" or ":")
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new DataFormatException(File, _row, column, $"'{text}' is not a number.");
    }

    public double Number(string column) =>
        NumberOrNull(column) ?? throw new DataFormatException(File, _row, column, "the field is empty.");

    public int Integer(string column)
    {
        var text = RequiredText(column);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DataFormatException(File, _row, column, $"'{text}' is not a whole number.");
    }

    public DataFormatException Error(string column, string problem) => new(File, _row, column, problem);

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }
}
