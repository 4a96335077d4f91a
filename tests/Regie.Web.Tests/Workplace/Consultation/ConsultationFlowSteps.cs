using Regie.Web.Tests.Workplace.Register;
using Regie.Workplace.People;

namespace Regie.Web.Tests.Workplace.Consultation;

/// <summary>Whole works-council paths on the pages, for tests that need a system cleared for use.</summary>
internal static class ConsultationFlowSteps
{
    /// <summary>
    /// Advice (positive) and consent (given) closed and the worker notice sent, by the team's system owner, works council
    /// and executive.
    /// </summary>
    public static async Task RunAdviceAndConsentAsync(Team team, Guid system)
    {
        var (owner, council, executive) = (team[Role.SystemOwner], team[Role.WorksCouncil], team[Role.Executive]);
        var today = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (kind, position) in new[] { ("Advice", "PositiveAdvice"), ("Consent", "ConsentGiven") })
        {
            var procedure = await owner.StartAndSendAsync(team.Id, system, kind);
            await council.RecordMeetingAsync(team.Id, procedure, today);
            await council.GivePositionAsync(team.Id, procedure, position);
            await executive.NotifyAsync(team.Id, procedure, today);
            await owner.CloseAsync(team.Id, procedure);
        }

        await owner.SendNoticeAsync(team.Id, system);
    }
}
