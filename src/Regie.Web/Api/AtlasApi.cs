namespace Regie.Web.Api;

/// <summary>
/// The exposure atlas over HTTP: <c>/api/atlas/…</c>. Every view is the one the pages and the CLI show (they call the
/// same <see cref="Regie.Monitor.Atlas.IExposureAtlas"/>); most can also be downloaded as CSV or Excel.
/// </summary>
internal static partial class AtlasApi
{
    private const string ExposureNote =
        "Exposure describes how much of an occupation's task content overlaps with what generative AI can do; it is not a forecast of job loss.";

    private const string DownloadNote =
        " With format=csv or format=xlsx the same figures come as a download; every row carries its source line, and the Excel file has a Sources sheet with licences, the aggregation rule and caveats.";

    public static RouteGroupBuilder MapAtlasApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/atlas").WithTags("Atlas");

        group.MapGet("/summary", GetSummary)
            .WithName("GetAtlasSummary")
            .WithSummary("National exposure summary")
            .WithDescription("Share of Dutch employment in each ILO 2025 exposure gradient, the employment-weighted mean of every index and its coverage. CSV tables: classes (default), indices. " + ExposureNote + DownloadNote)
            .ProducesDownloads();

        group.MapGet("/occupations", GetOccupations)
            .WithName("ListOccupations")
            .WithSummary("BRC 2014 occupation groups with exposure, employment and pay")
            .WithDescription("Every occupation group CBS publishes, filtered, searched and sorted. " + ExposureNote + DownloadNote)
            .ProducesDownloads();

        group.MapGet("/occupations/{code}", GetOccupation)
            .WithName("GetOccupation")
            .WithSummary("One occupation group in full")
            .WithDescription("Its ISCO-08 unit groups with every index's score and percentile, the ILO task scores, the ESCO occupations and where indices disagree. CSV tables: unit-groups (default), tasks, esco-occupations, occupation." + DownloadNote)
            .ProducesDownloads()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/sectors", GetSectors)
            .WithName("ListSectors")
            .WithSummary("Exposure of NACE sections")
            .WithDescription("Through Eurostat's sector × occupation matrix, for one year (the latest by default). CSV tables: sectors (default), major-groups." + DownloadNote)
            .ProducesDownloads()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/groups", GetGroups)
            .WithName("ListGroups")
            .WithSummary("Exposure by pay band, sex and education")
            .WithDescription("Employment-weighted exposure of population groups. " + ExposureNote + DownloadNote)
            .ProducesDownloads();

        group.MapGet("/indices", GetIndices)
            .WithName("CompareIndices")
            .WithSummary("Comparison of exposure indices")
            .WithDescription("Index descriptors with coverage, Spearman rank correlations at ISCO-08 and BRC level, and the occupations the indices rank furthest apart. CSV tables: correlations (default), disagreements, indices." + DownloadNote)
            .ProducesDownloads();

        group.MapGet("/sources", GetSources)
            .WithName("ListSources")
            .WithSummary("Sources of every figure")
            .WithDescription("Every shipped source with publisher, period, licence and the attribution line to print beside its figures.");

        return group;
    }
}
