using Regie.Data;
using Regie.Monitor;
using Regie.Storage;
using Regie.Storage.Mail;
using Regie.Web.Accounts;
using Regie.Web.Api;
using Regie.Web.Api.Workplace;
using Regie.Web.Components;
using Regie.Web.Hosting;
using Regie.Web.Localization;
using Regie.Web.Reports;
using Regie.Web.Scenarios;
using Regie.Workplace;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRegieData(builder.Configuration).AddRegieMonitor();
builder.Services.AddRegieWorkplace().AddRegieStorage(builder.Configuration).AddRegieMail(builder.Configuration).AddRegieAccounts(builder.Configuration);
builder.Services.AddProblemDetails().AddOpenApi().AddAtlasApi();
builder.Services.AddScenarioLab(builder.Configuration); // scenario lab: background runs, saved scenarios
builder.Services.AddReports(); // reports: works-council dossier, deployer documentation, board summary (issue 5 item 7)
builder.Services.AddRazorComponents();
builder.Services.AddRegieLocalization();
builder.Services.AddOptions<Regie.Workplace.Oversight.OversightOptions>().BindConfiguration(Regie.Workplace.Oversight.OversightOptions.Section).ValidateDataAnnotations().ValidateOnStart(); // issue 5 item 5
builder.Services.AddAtlasOutputCache();

var app = builder.Build();

await app.EnsureAnalyticalStoreAsync();
await app.EnsureOperationalDatabaseAsync();

// The API answers with ProblemDetails; pages answer with a page in the user's language.
app.UseWhen(ErrorPages.IsApiRequest, api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(ErrorPages.IsPageRequest, pages => pages
    .UseExceptionHandler(ErrorPages.ErrorPath, createScopeForErrors: true)
    .UseStatusCodePagesWithReExecute(ErrorPages.StatusPathFormat, createScopeForStatusCodePages: true)
    .UseErrorPagesAsGet());
app.UseSecurityHeaders();
app.UseRegieLocalization();
app.UseRouting(); // after the error pages, so their re-executed requests are routed again
app.UseRegieAccounts(); // authentication, authorization, rate limits: after routing (they read endpoint metadata)
app.UseWorkplaceTenancy(); // who acts in which organisation: after authentication, before any page or endpoint
app.UseOutputCache(); // after localization (answers vary by UI language) and authentication (signed-in readers bypass it)
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapCultureSwitch();
app.MapAccountApi();
app.MapExternalSignIn();
app.MapAtlasApi().CacheAtlasOutput();
app.MapScenariosApi(); // not cached: runs change while they are computed
app.MapWorkplaceApi();
app.MapRazorComponents<App>().CacheAtlasOutput();

app.AnnounceAddressesOnStart();
await app.RunAsync();

/// <summary>The web host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
