namespace Regie.Web.Reports;

/// <summary>The reports of issue 5 item 7; the slug is the last part of their address.</summary>
internal enum ReportKind
{
    /// <summary>The works council's file on one AI system: <c>or-dossier</c>.</summary>
    WorksCouncilDossier = 1,

    /// <summary>The AI Act deployer documentation of one AI system: <c>gebruiksverantwoording</c>.</summary>
    DeployerDocumentation = 2,

    /// <summary>The organisation-wide summary for the board: <c>bestuurssamenvatting</c>.</summary>
    BoardSummary = 3,
}

/// <summary>Slugs of <see cref="ReportKind"/>.</summary>
internal static class ReportKinds
{
    public static string Slug(this ReportKind kind) => kind switch
    {
        ReportKind.WorksCouncilDossier => "or-dossier",
        ReportKind.DeployerDocumentation => "gebruiksverantwoording",
        ReportKind.BoardSummary => "bestuurssamenvatting",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static ReportKind? FromSlug(string? slug) =>
        Enum.GetValues<ReportKind>().Cast<ReportKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);
}
