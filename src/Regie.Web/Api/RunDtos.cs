using Regie.Web.Scenarios;

namespace Regie.Web.Api;

/// <summary>A run as the API shows it, with the links to its page and downloads.</summary>
internal static class RunDtos
{
    public static RunDto ToDto(this ScenarioRun run) => new(
        run.Id,
        run.Status.ToString().ToLowerInvariant(),
        run.Progress,
        run.Spec.Id,
        run.Spec.Name,
        run.Spec.Draws,
        run.QueuedAt,
        run.StartedAt,
        run.FinishedAt,
        run.Error?.Message,
        LinksOf(run.Id),
        run.Result);

    public static RunLinks LinksOf(string id)
    {
        var self = $"/api/scenarios/runs/{id}";
        return new RunLinks(
            self,
            $"/scenariolab/runs/{id}",
            $"{self}/export.csv",
            $"{self}/export.xlsx",
            $"{self}/result.json",
            $"{self}/scenario.json",
            $"{self}/scenario.yaml");
    }
}
