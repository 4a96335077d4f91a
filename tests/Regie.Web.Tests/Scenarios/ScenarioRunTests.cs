using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Spec;
using Regie.TestKit.Scenarios;
using Regie.Web.Scenarios;

namespace Regie.Web.Tests.Scenarios;

public sealed class ScenarioRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScenarioSpec Spec(string extra = "") => ScenarioReader.Read("id: t\nname: { en: t }\n" + extra).Value;

    private static ScenarioRun NewRun() =>
        new("r", new ScenarioInputs(PopulationBuilder.Random(10, seed: 1), ShippedLaw.AsOf(), Spec(), new OccupationExposure("ilo-2025", []), "", new Dictionary<string, string>(), new Dictionary<string, string>()), Now);

    [Fact]
    public void A_run_cancelled_while_it_waits_is_never_started()
    {
        var run = NewRun();

        var cancelled = run.Cancel(Now);

        Assert.True(cancelled);
        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.False(run.TryStart(Now));
        Assert.True(run.Cancellation.IsCancellationRequested);
    }

    [Fact]
    public void A_finished_run_cannot_be_cancelled_or_finished_again()
    {
        var run = NewRun();
        run.TryStart(Now);
        run.MarkCancelled(Now);

        Assert.False(run.Cancel(Now));
        run.Fail(new RunFailed(), Now);
        Assert.Equal(RunStatus.Cancelled, run.Status);
        Assert.Null(run.Error);
    }

    [Fact]
    public void Progress_follows_the_engine_and_is_whole_once_done()
    {
        var run = NewRun();
        run.TryStart(Now);

        run.Report(new ScenarioProgress(Draw: 1, Draws: 3, Share: 0.5));

        Assert.Equal(1.5 / 4, run.Progress);
    }

    [Fact]
    public void The_run_id_changes_with_the_scenario_and_with_the_population()
    {
        var id = ScenarioRuns.IdOf(Spec(), "population-a");

        Assert.Equal(id, ScenarioRuns.IdOf(Spec(), "population-a"));
        Assert.NotEqual(id, ScenarioRuns.IdOf(Spec("draws: 2"), "population-a"));
        Assert.NotEqual(id, ScenarioRuns.IdOf(Spec(), "population-b"));
        Assert.Matches("^[0-9a-f]{16}$", id);
    }
}
