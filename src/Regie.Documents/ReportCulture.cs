using System.Globalization;
using Regie.Core.Documents;

namespace Regie.Documents;

/// <summary>The culture of a document's language, and the production date written the same way in every format.</summary>
internal static class ReportCulture
{
    public static CultureInfo Of(ReportDocument document)
    {
        try
        {
            return CultureInfo.GetCultureInfo(document.Language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>"Gemaakt op 28 november 2026, 09:15" — the label from the document, the date in its own offset.</summary>
    public static string ProducedLine(ReportDocument document) =>
        $"{document.Labels.Produced} {document.Produced.ToString("d MMMM yyyy, HH:mm", Of(document))}";
}
