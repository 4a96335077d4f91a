using Microsoft.OpenApi;
using Regie.Web.Export;

namespace Regie.Web.Api;

/// <summary>Says in the OpenAPI document that an endpoint's 200 answer can also be a CSV or Excel file.</summary>
internal static class DownloadMetadata
{
    /// <remarks>
    /// A second <c>Produces(200, …)</c> would replace the JSON schema that <c>Ok&lt;T&gt;</c> declares, so the file
    /// content types are added to the generated operation instead.
    /// </remarks>
    public static RouteHandlerBuilder ProducesDownloads(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
            {
                content[ExportFormats.CsvMediaType] = File();
                content[ExportFormats.XlsxContentType] = File();
            }

            return Task.CompletedTask;
        });

    private static OpenApiMediaType File() => new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
}
