using Regie.Core.Results;

namespace Regie.Web.Reports;

/// <summary>No report, format or table by that name.</summary>
internal sealed record ReportNotFound(string Name)
    : NotFoundError($"There is no report, format or table '{Name}'. Reports: or-dossier, gebruiksverantwoording, bestuurssamenvatting; formats: json, pdf, html, xlsx.");
