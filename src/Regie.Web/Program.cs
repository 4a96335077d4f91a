using Regie.Data;
using Regie.Monitor;
using Regie.Web.Api;
using Regie.Web.Components;
using Regie.Web.Hosting;
using Regie.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRegieData(builder.Configuration).AddRegieMonitor();
builder.Services.AddProblemDetails().AddOpenApi().AddAtlasApi();
builder.Services.AddRazorComponents();
builder.Services.AddRegieLocalization();
builder.Services.AddAtlasOutputCache();

var app = builder.Build();

await app.EnsureAnalyticalStoreAsync();

// The API answers with ProblemDetails; pages answer with a page in the user's language.
app.UseWhen(ErrorPages.IsApiRequest, api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(ErrorPages.IsPageRequest, pages => pages
    .UseExceptionHandler(ErrorPages.ErrorPath, createScopeForErrors: true)
    .UseStatusCodePagesWithReExecute(ErrorPages.StatusPathFormat, createScopeForStatusCodePages: true));
app.UseSecurityHeaders();
app.UseRegieLocalization();
app.UseRouting(); // after the error pages, so their re-executed requests are routed again
app.UseOutputCache(); // after localization: cached answers vary by UI language
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapCultureSwitch();
app.MapAtlasApi().CacheAtlasOutput();
app.MapRazorComponents<App>().CacheAtlasOutput();

app.AnnounceAddressesOnStart();
await app.RunAsync();

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
