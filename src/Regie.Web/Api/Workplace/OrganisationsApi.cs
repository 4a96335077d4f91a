using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Organisations;

namespace Regie.Web.Api.Workplace;

/// <summary>Organisations, units, worker groups and job profiles: <c>/api/orgs/…</c>. Sign-in required.</summary>
internal static class OrganisationsApi
{
    public const string OrganisationPrefix = "/api/orgs/{orgId:guid}";

    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/orgs").WithTags("Organisations").RequireAuthorization();
        mine.MapGet("/", Mine).WithName("ListMyOrganisations").WithSummary("The organisations of the signed-in account, with its roles there");
        mine.MapPost("/", Create).WithName("CreateOrganisation")
            .WithSummary("Create an organisation; the signed-in account becomes its administrator");

        var org = app.MapGroup(OrganisationPrefix).WithTags("Organisations").RequireAuthorization();
        org.MapGet("/", Get).WithName("GetOrganisation");
        org.MapPut("/", Update).WithName("UpdateOrganisation");
        org.MapGet("/units", Units).WithName("ListUnits");
        org.MapPost("/units", AddUnit).WithName("AddUnit");
        org.MapGet("/worker-groups", Groups).WithName("ListWorkerGroups");
        org.MapPost("/worker-groups", AddGroup).WithName("AddWorkerGroup")
            .WithDescription("Worker groups include agency, contract and outsourced workers (contractTypes is a comma-separated list of Employee, Agency, Contractor, Outsourced).");
        org.MapGet("/job-profiles", Profiles).WithName("ListJobProfiles");
        org.MapPost("/job-profiles", CreateProfile).WithName("CreateJobProfile")
            .WithDescription("The profile starts with the ILO 2025 task list of its ISCO-08 unit group and, when an ESCO occupation is given, its ESCO description.");
        org.MapGet("/job-profiles/{id:guid}", Profile).WithName("GetJobProfile");
        org.MapPut("/job-profiles/{id:guid}", UpdateProfile).WithName("UpdateJobProfile");
        org.MapPost("/job-profiles/{id:guid}/tasks", AddTask).WithName("AddJobTask");
        org.MapPut("/job-tasks/{taskId:guid}", EditTask).WithName("EditJobTask");
        org.MapDelete("/job-tasks/{taskId:guid}", RemoveTask).WithName("RemoveJobTask");

        app.MapGet("/api/occupations", Search).WithTags("Organisations").WithName("SearchOccupations")
            .WithSummary("Find ISCO-08 unit groups and ESCO occupations by title (Dutch or English)");
        return app;
    }

    private static async Task<Ok<MyOrganisationDto[]>> Mine(HttpContext http, OrganisationQueries queries, CancellationToken ct)
    {
        var userId = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value; // RequireAuthorization
        return TypedResults.Ok((await queries.MineAsync(userId, ct)).Select(o => new MyOrganisationDto(o.Id, o.Name, o.Roles)).ToArray());
    }

    private static async Task<Results<Created<OrganisationDto>, ValidationProblem, ProblemHttpResult>> Create(
        OrganisationRequest body, OrganisationSetup setup, CancellationToken ct) =>
        (await setup.CreateAsync(body, ct)).ToHttp(o => TypedResults.Created($"/api/orgs/{o.Id}", o.ToDto()));

    private static async Task<Results<Ok<OrganisationDto>, ValidationProblem, ProblemHttpResult>> Get(OrganisationQueries queries, CancellationToken ct) =>
        (await queries.CurrentAsync(ct)).ToHttp(o => TypedResults.Ok(o.ToDto()));

    private static async Task<Results<Ok<OrganisationDto>, ValidationProblem, ProblemHttpResult>> Update(
        OrganisationRequest body, OrganisationSetup setup, CancellationToken ct) =>
        (await setup.UpdateAsync(body, ct)).ToHttp(o => TypedResults.Ok(o.ToDto()));

    private static async Task<Results<Ok<OrgUnitDto[]>, ValidationProblem, ProblemHttpResult>> Units(OrganisationQueries queries, CancellationToken ct) =>
        (await queries.UnitsAsync(ct)).ToHttp(u => TypedResults.Ok(u.Select(x => x.ToDto()).ToArray()));

    private static async Task<Results<Ok<OrgUnitDto>, ValidationProblem, ProblemHttpResult>> AddUnit(
        OrgUnitRequest body, OrganisationSetup setup, CancellationToken ct) =>
        (await setup.AddUnitAsync(body, ct)).ToHttp(u => TypedResults.Ok(u.ToDto()));

    private static async Task<Results<Ok<WorkerGroupDto[]>, ValidationProblem, ProblemHttpResult>> Groups(OrganisationQueries queries, CancellationToken ct) =>
        (await queries.WorkerGroupsAsync(ct)).ToHttp(g => TypedResults.Ok(g.Select(x => x.ToDto()).ToArray()));

    private static async Task<Results<Ok<WorkerGroupDto>, ValidationProblem, ProblemHttpResult>> AddGroup(
        WorkerGroupRequest body, OrganisationSetup setup, CancellationToken ct) =>
        (await setup.AddWorkerGroupAsync(body, ct)).ToHttp(g => TypedResults.Ok(g.ToDto()));

    private static async Task<Results<Ok<JobProfileDto[]>, ValidationProblem, ProblemHttpResult>> Profiles(OrganisationQueries queries, CancellationToken ct) =>
        (await queries.JobProfilesAsync(ct)).ToHttp(p => TypedResults.Ok(p.Select(x => x.ToDto()).ToArray()));

    private static async Task<Results<Ok<JobProfileDto>, ValidationProblem, ProblemHttpResult>> CreateProfile(
        JobProfileRequest body, JobProfileEditor editor, CancellationToken ct) =>
        (await editor.CreateAsync(body, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<JobProfileDto>, ValidationProblem, ProblemHttpResult>> Profile(Guid id, OrganisationQueries queries, CancellationToken ct) =>
        (await queries.JobProfileAsync(id, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<JobProfileDto>, ValidationProblem, ProblemHttpResult>> UpdateProfile(
        Guid id, JobProfileRequest body, JobProfileEditor editor, CancellationToken ct) =>
        (await editor.UpdateAsync(id, body, ct)).ToHttp(p => TypedResults.Ok(p.ToDto()));

    private static async Task<Results<Ok<JobTaskDto>, ValidationProblem, ProblemHttpResult>> AddTask(
        Guid id, JobTaskRequest body, JobProfileEditor editor, CancellationToken ct) =>
        (await editor.AddTaskAsync(id, body, ct)).ToHttp(t => TypedResults.Ok(t.ToDto()));

    private static async Task<Results<Ok<JobTaskDto>, ValidationProblem, ProblemHttpResult>> EditTask(
        Guid taskId, JobTaskRequest body, JobProfileEditor editor, CancellationToken ct) =>
        (await editor.EditTaskAsync(taskId, body, ct)).ToHttp(t => TypedResults.Ok(t.ToDto()));

    private static async Task<Results<Ok<JobTaskDto>, ValidationProblem, ProblemHttpResult>> RemoveTask(
        Guid taskId, JobProfileEditor editor, CancellationToken ct) =>
        (await editor.RemoveTaskAsync(taskId, ct)).ToHttp(t => TypedResults.Ok(t.ToDto()));

    private static async Task<Results<Ok<OccupationMatch[]>, ValidationProblem>> Search(string? q, int? limit, IOccupationTasks occupations, CancellationToken ct)
    {
        if (limit is < 1 or > 50)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["The limit is 1 to 50."] });
        }

        return TypedResults.Ok((await occupations.SearchAsync(q ?? "", limit ?? 20, ct)).ToArray());
    }
}
