using Regie.Data;
using Regie.Monitor;
using Regie.Web.Api;
using Regie.Web.Components;
using Regie.Web.Hosting;
using Regie.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRegieData(builder.Configuration).AddRegieMonitor();
builder.Services.AddProblemDetails().AddOpenApi();
builder.Services.AddRazorComponents();
builder.Services.AddRegieLocalization();

var app = builder.Build();

await app.EnsureAnalyticalStoreAsync();

// The API answers with ProblemDetails; pages answer with a page in the user's language.
app.UseWhen(ErrorPages.IsApiRequest, api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(ErrorPages.IsPageRequest, pages => pages
    .UseExceptionHandler(ErrorPages.ErrorPath, createScopeForErrors: true)
    .UseStatusCodePagesWithReExecute(ErrorPages.StatusPathFormat, createScopeForStatusCodePages: true));
app.UseSecurityHeaders();
app.UseRegieLocalization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapCultureSwitch();
app.MapAtlasApi();
app.MapRazorComponents<App>();

app.AnnounceAddressesOnStart();
await app.RunAsync();

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
