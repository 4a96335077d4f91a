namespace Regie.Web.Export;

/// <summary>Declares the columns of an export table once, then fills it from a list of rows.</summary>
internal sealed class TableBuilder<TRow>(string id, string sheetName)
{
    private readonly List<(ExportColumn Column, Func<TRow, object?> Value)> _columns = [];

    public TableBuilder<TRow> Text(string name, Func<TRow, string?> value) => Add(name, ColumnKind.Text, row => value(row));

    public TableBuilder<TRow> Number(string name, Func<TRow, double?> value) => Add(name, ColumnKind.Number, row => value(row));

    public TableBuilder<TRow> Integer(string name, Func<TRow, long?> value) => Add(name, ColumnKind.Integer, row => value(row));

    public TableBuilder<TRow> Boolean(string name, Func<TRow, bool> value) => Add(name, ColumnKind.Boolean, row => value(row));

    public ExportTable Build(IEnumerable<TRow> rows)
    {
        var cells = rows.Select(row => _columns.Select(column => column.Value(row)).ToArray()).ToList();
        return new ExportTable(id, sheetName, _columns.Select(column => column.Column).ToList(), cells);
    }

    private TableBuilder<TRow> Add(string name, ColumnKind kind, Func<TRow, object?> value)
    {
        _columns.Add((new ExportColumn(name, kind), value));
        return this;
    }
}
