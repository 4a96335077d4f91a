using Regie.Core.Documents;

namespace Regie.Documents.Html;

/// <summary>
/// A table in NL Design System (Utrecht) markup: a focusable scroll region named by the caption, column headers with
/// scope="col", the first text column as row headers with scope="row", numbers and percentages right-aligned, and the
/// source line under the table.
/// </summary>
internal static class HtmlTable
{
    public static void Write(HtmlText html, ReportTable table, ReportLabels labels)
    {
        TableShape.Require(table);
        var captionId = HtmlText.Encode(table.Id + "-caption");
        if (table.Rows.Count == 0)
        {
            html.Raw($"<p class=\"utrecht-paragraph regie-report-table-title\" id=\"{captionId}\"><strong>").Encoded(table.Caption).Raw("</strong></p>\n");
            html.Raw("<p class=\"utrecht-paragraph\">").Encoded(table.EmptyText).Raw("</p>\n");
        }
        else
        {
            html.Raw($"<div class=\"regie-table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"{captionId}\">\n");
            html.Raw("<table class=\"utrecht-table utrecht-table--html-table\">\n");
            html.Raw($"<caption class=\"utrecht-table__caption\" id=\"{captionId}\">").Encoded(table.Caption).Raw("</caption>\n");
            Header(html, table.Columns);
            Body(html, table);
            html.Raw("</table>\n</div>\n");
        }

        if (table.Source is { } source)
        {
            html.Raw("<p class=\"utrecht-paragraph utrecht-paragraph--small regie-source\"><span class=\"regie-source__label\">")
                .Encoded(labels.Source).Raw(":</span> ").Encoded(source).Raw("</p>\n");
        }
    }

    private static void Header(HtmlText html, IReadOnlyList<ReportColumn> columns)
    {
        html.Raw("<thead class=\"utrecht-table__header\">\n<tr class=\"utrecht-table__row\">");
        foreach (var column in columns)
        {
            var numeric = IsNumeric(column) ? " utrecht-table__header-cell--numeric-column" : "";
            html.Raw($"<th class=\"utrecht-table__header-cell{numeric}\" scope=\"col\">").Encoded(column.Header).Raw("</th>");
        }

        html.Raw("</tr>\n</thead>\n");
    }

    private static void Body(HtmlText html, ReportTable table)
    {
        var rowHeaders = table.Columns[0].Kind == ReportColumnKind.Text;
        html.Raw("<tbody class=\"utrecht-table__body\">\n");
        foreach (var row in table.Rows)
        {
            html.Raw("<tr class=\"utrecht-table__row\">");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (c == 0 && rowHeaders)
                {
                    html.Raw("<th class=\"utrecht-table__header-cell\" scope=\"row\">").Encoded(row[c].Text).Raw("</th>");
                    continue;
                }

                var kind = table.Columns[c].Kind switch
                {
                    ReportColumnKind.Number or ReportColumnKind.Percent => " utrecht-table__cell--numeric-data",
                    ReportColumnKind.Date => " regie-report__date",
                    _ => "",
                };
                html.Raw($"<td class=\"utrecht-table__cell{kind}\">").Encoded(row[c].Text).Raw("</td>");
            }

            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n");
    }

    private static bool IsNumeric(ReportColumn column) => column.Kind is ReportColumnKind.Number or ReportColumnKind.Percent;
}
