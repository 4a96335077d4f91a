using System.Globalization;
using System.Text;

namespace Regie.Workplace.Assessments;

/// <summary>
/// The risks of an assessment with their measures as CSV (RFC 4180, UTF-8 with BOM), one row per measure and one
/// row for a risk without measures. Owners are member ids, so the file names no one by itself.
/// </summary>
public static class RiskCsv
{
    private static readonly string[] Header =
    [
        "risk_id", "signal", "risk", "likelihood", "severity", "score", "risk_owner_member_id",
        "measure_id", "measure", "measure_owner_member_id", "due_date", "status", "evidence", "verified_by", "works_council_verified_at_utc",
    ];

    /// <summary>The rows of <paramref name="detail"/>, highest score first, as the bytes of a CSV file.</summary>
    public static byte[] Write(AssessmentDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var text = new StringBuilder().AppendJoin(',', Header).Append("\r\n");
        foreach (var risk in detail.Risks)
        {
            string[] riskCells =
            [
                risk.OriginRiskId.ToString(), risk.SignalCode ?? "", risk.Title, Number(risk.Likelihood), Number(risk.Severity),
                Number(risk.Score), risk.OwnerMemberId?.ToString() ?? "",
            ];
            var measures = detail.MeasuresFor(risk).ToList();
            foreach (var m in measures)
            {
                string[] cells =
                [
                    m.Id.ToString(), m.Title, m.OwnerMemberId?.ToString() ?? "", m.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    m.Status.ToString(), m.Evidence ?? "", m.VerifiedBy ?? "",
                    m.WorksCouncilVerifiedAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "",
                ];
                text.AppendJoin(',', riskCells.Concat(cells).Select(Quote)).Append("\r\n");
            }

            if (measures.Count == 0)
            {
                text.AppendJoin(',', riskCells.Concat(Enumerable.Repeat("", 8)).Select(Quote)).Append("\r\n");
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Quotes a field when needed; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
