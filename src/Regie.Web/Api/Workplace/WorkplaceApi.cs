namespace Regie.Web.Api.Workplace;

/// <summary>The Workplace over HTTP; every route needs sign-in (cookie or bearer token) and membership of the organisation.</summary>
internal static class WorkplaceApi
{
    public static IEndpointRouteBuilder MapWorkplaceApi(this IEndpointRouteBuilder app) =>
        app.MapOrganisationsApi().MapPeopleApi().MapRegisterApi().MapAuditApi()
            .MapConsultationApi(); // issue 5 (wor)
}
