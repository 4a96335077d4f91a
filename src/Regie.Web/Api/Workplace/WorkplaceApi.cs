namespace Regie.Web.Api.Workplace;

/// <summary>The Workplace over HTTP; every route needs sign-in (cookie or bearer token) and membership of the organisation.</summary>
internal static class WorkplaceApi
{
    public static IEndpointRouteBuilder MapWorkplaceApi(this IEndpointRouteBuilder app) =>
        app.MapOrganisationsApi().MapPeopleApi().MapRegisterApi().MapAuditApi()
            .MapConcernsApi().MapRequestsApi() // voice: concerns and requests (issue 5, item 4)
            .MapAssessmentsApi().MapMeasuresApi() // job impact assessment and measures (issue 5, item 1)
            .MapPulseApi() // pulse (issue 5, item 3)
            .MapOversightApi() // oversight in practice (issue 5, item 5)
            .MapConsultationApi() // works-council consultation, worker notices (issue 5, item 2)
            .MapLiteracyApi() // AI literacy (issue 5, item 6: literacy)
            .MapReportsApi(); // reports (issue 5, item 7)
}
