using System.Text;
using Regie.Monitor.Atlas;

namespace Regie.Web.Export;

/// <summary>The provenance every exported figure carries: its sources, how it was aggregated, and the caveats.</summary>
internal sealed record ExportProvenance(IReadOnlyList<SourceRef> Sources, string? AggregationRule, IReadOnlyList<string> Caveats)
{
    /// <summary>The source line printed beside every figure, e.g. "ILO 2025; CBS 85276NED, 2025 Q4".</summary>
    public string SourceLine { get; } = string.Join("; ", Sources.Select(source => source.Label));
}

/// <summary>Everything one download holds: its tables, in the order of the Excel sheets, and their provenance.</summary>
/// <param name="Name">Name part of the file name, e.g. "occupations" or "occupation-0811".</param>
/// <param name="Period">Reference period added to the file name, e.g. "2025 Q4"; null when the view has none.</param>
/// <param name="Title">Title of the Excel workbook.</param>
internal sealed record ExportDocument(string Name, string? Period, string Title, IReadOnlyList<ExportTable> Tables, ExportProvenance Provenance)
{
    /// <summary>The table with this id, or the first table when <paramref name="id"/> is null.</summary>
    public ExportTable? Find(string? id) => id is null
        ? Tables[0]
        : Tables.FirstOrDefault(table => table.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The download's file name, e.g. <c>regie-atlas-occupations-2025Q4.csv</c>.</summary>
    public string FileName(ExportFormat format, ExportTable? table = null)
    {
        var name = new StringBuilder("regie-atlas-").Append(Name);
        if (table is not null && !ReferenceEquals(table, Tables[0]))
        {
            name.Append('-').Append(table.Id);
        }

        if (Period is not null)
        {
            name.Append('-').Append(Period.Where(char.IsAsciiLetterOrDigit).ToArray());
        }

        return name.Append('.').Append(format.Extension()).ToString();
    }
}
