namespace Regie.Web.Reports;

/// <summary>Where the downloads of a report live in the API (without the format extension).</summary>
internal static class ReportAddresses
{
    public static string System(Guid orgId, Guid systemId, ReportKind kind) => $"/api/orgs/{orgId}/ai-systems/{systemId}/reports/{kind.Slug()}";

    public static string Board(Guid orgId) => $"/api/orgs/{orgId}/reports/{ReportKind.BoardSummary.Slug()}";
}
