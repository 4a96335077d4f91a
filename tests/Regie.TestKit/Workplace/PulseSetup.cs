using Microsoft.Extensions.DependencyInjection;
using Regie.Workplace.Organisations;
using Regie.Workplace.People;
using Regie.Workplace.Pulse;
using Regie.Workplace.Pulse.Instrument;
using Regie.Workplace.Register;
using Regie.Workplace.Tenancy;

namespace Regie.TestKit.Workplace;

/// <summary>
/// A pulse set up through the use cases: an AI system affecting two worker groups, its survey, an open baseline wave
/// and a draft follow-up wave.
/// </summary>
public sealed record PulseSetup(Guid SystemId, Guid GroupA, Guid GroupB, Guid SurveyId, Guid Baseline, Guid FollowUp)
{
    public static async Task<PulseSetup> CreateAsync(WorkplaceServices services, SeededOrganisation org, CancellationToken ct)
    {
        Guid a, b, system;
        await using (var scope = services.As(org.As(Role.OrgAdmin)))
        {
            var setup = scope.ServiceProvider.GetRequiredService<OrganisationSetup>();
            a = (await setup.AddWorkerGroupAsync(new WorkerGroupRequest("Planners", null, ContractTypes.Employee, HeadcountBand.From10To49, null), ct)).Value.Id;
            b = (await setup.AddWorkerGroupAsync(new WorkerGroupRequest("Chauffeurs", null, ContractTypes.Agency, HeadcountBand.From50To249, null), ct)).Value.Id;
        }

        await using (var scope = services.As(org.As(Role.SystemOwner)))
        {
            system = (await scope.ServiceProvider.GetRequiredService<AiRegister>()
                .RegisterAsync(Some.AiSystem() with { WorkerGroupIds = [a, b] }, ct)).Value.Id;
        }

        await using var steward = services.As(org.As(Role.SurveySteward));
        var survey = (await steward.ServiceProvider.GetRequiredService<PulseSurveys>().CreateAsync(new SurveyRequest(system), ct)).Value;
        var waves = steward.ServiceProvider.GetRequiredService<PulseWaves>();
        var baseline = (await waves.AddAsync(survey.Id, new WaveRequest("T0", WaveKind.Baseline), ct)).Value;
        var followUp = (await waves.AddAsync(survey.Id, new WaveRequest("T+3m", WaveKind.FollowUp), ct)).Value;
        await waves.OpenAsync(baseline.Id, ct);
        return new PulseSetup(system, a, b, survey.Id, baseline.Id, followUp.Id);
    }

    /// <summary>Issues links as the steward.</summary>
    public async Task<IReadOnlyList<string>> LinksAsync(WorkplaceServices services, SeededOrganisation org, Guid wave, Guid group, int count, CancellationToken ct)
    {
        await using var steward = services.As(org.As(Role.SurveySteward));
        var issued = await steward.ServiceProvider.GetRequiredService<PulseWaves>().IssueLinksAsync(wave, new LinksRequest(group, count), ct);
        return issued.Value.Tokens;
    }

    /// <summary>Answers through a link as an anonymous visitor; every item gets <paramref name="answer"/>(scale max), clamped.</summary>
    public static async Task<Regie.Core.Results.Result<BallotOutcome>> AnswerAsync(WorkplaceServices services, string token, Func<int, int> answer, CancellationToken ct)
    {
        await using var visitor = services.As(WorkplaceActor.Anonymous);
        var answering = visitor.ServiceProvider.GetRequiredService<PulseAnswering>();
        var form = await answering.OpenAsync(token, ct);
        var dimensions = form.IsSuccess ? form.Value.Dimensions : InstrumentFile.Current.Dimensions;
        var answers = dimensions.SelectMany(d => d.Items.Select(i => (i.Code, Value: (int?)Math.Clamp(answer(d.Scale.Max), d.Scale.Min, d.Scale.Max))))
            .ToDictionary(x => x.Code, x => x.Value, StringComparer.Ordinal);
        return await answering.SubmitAsync(token, answers, ct);
    }
}
