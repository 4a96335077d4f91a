using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Results;
using Regie.Monitor.Atlas;
using Regie.Monitor.Scenarios.Engine;
using Regie.Web.Export;
using Regie.Web.Scenarios;
using ApiError = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Regie.Web.Api;

internal static partial class ScenariosApi
{
    private const string YamlContentType = "application/yaml; charset=utf-8";
    private const string JsonContentType = "application/json; charset=utf-8";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void MapDownloads(RouteGroupBuilder group)
    {
        group.MapGet("/runs/{id}/export.csv", ExportCsv)
            .WithName("ExportScenarioRunCsv")
            .WithSummary("One table of a finished run as CSV")
            .WithDescription("The run manifest comes first, as lines starting with '#'; every row carries the run as its source. Tables: indicators (default), who-pays, deciles, occupations, sectors, household-types, uncertainty.")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.CsvMediaType);

        group.MapGet("/runs/{id}/export.xlsx", ExportXlsx)
            .WithName("ExportScenarioRunXlsx")
            .WithSummary("Every table of a finished run as an Excel workbook, with a Manifest sheet")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.XlsxContentType);

        group.MapGet("/runs/{id}/result.json", ResultJson)
            .WithName("DownloadScenarioRunResult")
            .WithSummary("A finished run's result (with its manifest) as a JSON file");

        group.MapGet("/runs/{id}/scenario.json", ScenarioJson)
            .WithName("DownloadScenarioRunScenarioJson")
            .WithSummary("The run's scenario as canonical JSON, in the file format")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        group.MapGet("/runs/{id}/scenario.yaml", ScenarioYamlFile)
            .WithName("DownloadScenarioRunScenarioYaml")
            .WithSummary("The run's scenario as YAML, in the file format")
            .Produces(StatusCodes.Status200OK, contentType: "application/yaml");
    }

    private static Results<FileContentHttpResult, ApiError> ExportCsv(
        string id,
        [FromQuery, Description("indicators (default), who-pays, deciles, occupations, sectors, household-types or uncertainty.")] string? table,
        [FromServices] ScenarioRuns runs)
    {
        var done = Finished(runs, id);
        if (!done.TryGetValue(out var result))
            return ToHttp(done.Error!);
        var document = result.ToExport(id);
        if (document.Find(QueryValues.OrNull(table)) is not { } found)
        {
            var tables = string.Join(", ", document.Tables.Select(t => t.Id));
            return ValidationError.For("table", $"Unknown table '{table}'. Use one of: {tables}.").ToHttpError();
        }

        var bytes = CsvExport.Write(found, document.Provenance, ScenarioExports.ManifestLines(result.Manifest, id));
        return TypedResults.File(bytes, ExportFormats.CsvContentType, $"regie-{document.Name}-{found.Id}.csv");
    }

    private static Results<FileContentHttpResult, ApiError> ExportXlsx(string id, [FromServices] ScenarioRuns runs)
    {
        var done = Finished(runs, id);
        if (!done.TryGetValue(out var result))
            return ToHttp(done.Error!);
        var document = result.ToExport(id);
        var bytes = ExcelExport.Write(document, ScenarioExports.ManifestSheet, sheet => ManifestSheetWriter.Add(sheet, result.Manifest, id));
        return TypedResults.File(bytes, ExportFormats.XlsxContentType, $"regie-{document.Name}.xlsx");
    }

    private static Results<FileContentHttpResult, ApiError> ResultJson(string id, [FromServices] ScenarioRuns runs)
    {
        var done = Finished(runs, id);
        if (!done.TryGetValue(out var result))
            return ToHttp(done.Error!);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(result, AtlasJson.Options);
        return TypedResults.File(bytes, JsonContentType, $"regie-scenario-{result.Manifest.ScenarioId}-{id}.json");
    }

    private static Results<FileContentHttpResult, ApiError> ScenarioJson(string id, [FromServices] ScenarioRuns runs) =>
        runs.Find(id).TryGetValue(out var run)
            ? TypedResults.File(Utf8.GetBytes(Monitor.Scenarios.Spec.ScenarioWriter.ToJson(run.Spec)), JsonContentType, $"{run.Spec.Id}.json")
            : ToHttp(new RunNotFound(id));

    private static Results<FileContentHttpResult, ApiError> ScenarioYamlFile(string id, [FromServices] ScenarioRuns runs) =>
        runs.Find(id).TryGetValue(out var run)
            ? TypedResults.File(Utf8.GetBytes(ScenarioYaml.FromJson(Monitor.Scenarios.Spec.ScenarioWriter.ToJson(run.Spec))), YamlContentType, $"{run.Spec.Id}.yaml")
            : ToHttp(new RunNotFound(id));

    /// <summary>The result of a run that is done; not found, or a conflict while it is not done.</summary>
    private static Result<ScenarioResult> Finished(ScenarioRuns runs, string id)
    {
        var run = runs.Find(id);
        if (!run.TryGetValue(out var found))
            return run.Error!;
        return found.Result is { } result ? result : new RunNotDone(id, found.Status);
    }
}
