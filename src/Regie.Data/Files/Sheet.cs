using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Regie.Data.Files;

/// <summary>
/// One worksheet of an .xls or .xlsx file read with ExcelDataReader, with header lookup by name and typed cell
/// access that reports the file, row and column of a bad value.
/// </summary>
internal sealed class Sheet
{
    private readonly List<object?[]> _rows;
    private readonly Dictionary<string, int> _columns;
    private readonly int _headerRow;

    static Sheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private Sheet(string file, List<object?[]> rows, int headerRow)
    {
        File = file;
        _rows = rows;
        _headerRow = headerRow;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var header = rows[headerRow];
        for (var c = 0; c < header.Length; c++)
        {
            var name = Convert.ToString(header[c], CultureInfo.InvariantCulture)?.Trim();
            if (!string.IsNullOrEmpty(name))
            {
                _columns.TryAdd(name, c);
            }
        }
    }

    public string File { get; }

    /// <summary>Data rows below the header.</summary>
    public IEnumerable<SheetRow> Rows
    {
        get
        {
            for (var r = _headerRow + 1; r < _rows.Count; r++)
            {
                yield return new SheetRow(this, _rows[r], r + 1);
            }
        }
    }

    /// <summary>Reads a sheet (by name, or the first when null) whose header is on the given 1-based row.</summary>
    public static Sheet Read(ShippedData data, string file, string? sheetName, int headerRow = 1)
    {
        try
        {
            using var stream = data.Open(file);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            do
            {
                if (sheetName is not null && !string.Equals(reader.Name, sheetName, StringComparison.Ordinal))
                {
                    continue;
                }

                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var values = new object?[reader.FieldCount];
                    for (var c = 0; c < values.Length; c++)
                    {
                        values[c] = reader.GetValue(c);
                    }
                    rows.Add(values);
                }

                return rows.Count < headerRow
                    ? throw new DataFormatException(file, headerRow, null, "the sheet has no header row.")
                    : new Sheet(file, rows, headerRow - 1);
            }
            while (reader.NextResult());

            throw new DataFormatException(file, null, null, $"the workbook has no sheet '{sheetName}'.");
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or IOException and not FileNotFoundException
                                      or NotSupportedException or ArgumentException or IndexOutOfRangeException)
        {
            throw new DataFormatException(file, null, null, $"not a readable Excel workbook ({e.Message}).");
        }
    }

    internal int Column(string name) =>
        _columns.TryGetValue(name, out var index)
            ? index
            : throw new DataFormatException(File, _headerRow + 1, name, "the header lacks this column.");

    /// <summary>Makes sure the header has every named column.</summary>
    public Sheet Require(params string[] columns)
    {
        foreach (var column in columns)
        {
            _ = Column(column);
        }

        return this;
    }
}

/// <summary>One row of a <see cref="Sheet"/>.</summary>
internal readonly struct SheetRow(Sheet sheet, object?[] row, int number)
{
    /// <summary>1-based row number as a spreadsheet shows it.</summary>
    public int RowNumber => number;

    public string? Text(string column)
    {
        var index = sheet.Column(column);
        var value = index < row.Length ? row[index] : null;
        if (value is DBNull or null)
        {
            return null;
        }

        var text = value is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public string RequiredText(string column) =>
        Text(column) ?? throw new DataFormatException(sheet.File, number, column, "the cell is empty.");

    public double? NumberOrNull(string column)
    {
        var index = sheet.Column(column);
        var value = index < row.Length ? row[index] : null;
        switch (value)
        {
            case DBNull or null:
                return null;
            case double d:
                return d;
            case int i:
                return i;
            default:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim();
                if (string.IsNullOrEmpty(text) || text is "NA" or ":" or "-")
                {
                    return null;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw new DataFormatException(sheet.File, number, column, $"'{text}' is not a number.");
        }
    }

    public double Number(string column) =>
        NumberOrNull(column) ?? throw new DataFormatException(sheet.File, number, column, "the cell is empty.");

    public DataFormatException Error(string column, string problem) => new(sheet.File, number, column, problem);
}
