namespace Regie.Web.Reports;

/// <summary>The report composition of issue 5 item 7 (the readers come with the Workplace).</summary>
internal static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ReportTexts>();
        services.AddScoped<ReportComposer>();
        return services;
    }
}
