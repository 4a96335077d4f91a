using Microsoft.Extensions.DependencyInjection;
using Regie.Storage;
using Regie.TestKit.Workplace;
using Regie.Workplace.Consultation;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Web.Tests.Workplace.Consultation;

/// <summary>
/// Two organisations (<see cref="TwoOrganisations"/>), each with a sent advice request on its system that holds one
/// question and has the organisation's external expert invited.
/// </summary>
public sealed class ConsultationWorld : IAsyncLifetime
{
    public TwoOrganisations Orgs { get; } = new();

    public Guid ProcedureA { get; private set; }

    public Guid QuestionA { get; private set; }

    public Guid ProcedureB { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await Orgs.InitializeAsync();
        (ProcedureA, QuestionA) = await SeedAsync(Orgs.A);
        (ProcedureB, _) = await SeedAsync(Orgs.B);
    }

    public async ValueTask DisposeAsync() => await Orgs.DisposeAsync();

    private async Task<(Guid Procedure, Guid Question)> SeedAsync(TwoOrganisations.Seeded org)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = Orgs.Host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantScope>().Enter(WorkplaceActor.System("test-seed", org.Id));
        var desk = scope.ServiceProvider.GetRequiredService<ConsultationDesk>();
        var procedure = (await desk.StartAsync(org.SystemId, ConsultationRun.Request(ConsultationKind.Advice), ct)).Value;
        await desk.SendAsync(procedure.Id, ct);
        var council = scope.ServiceProvider.GetRequiredService<CouncilDesk>();
        var question = (await council.AskAsync(procedure.Id, new MessageRequest($"Question of {org.Name}"), ct)).Value;
        var expert = scope.ServiceProvider.GetRequiredService<RegieDbContext>().Members
            .Single(m => ((int)m.Roles & (int)Role.ExternalExpert) != 0).Id;
        var invited = await council.InviteExpertAsync(procedure.Id, new ExpertRequest("Expert", "Monitoring features", null, expert, null), ct);
        Assert.True(invited.IsSuccess, invited.Error?.Message);
        return (procedure.Id, question.Id);
    }
}
