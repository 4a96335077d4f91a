using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Spec;
using Regie.TestKit.Scenarios;
using Regie.Web.Scenarios;

namespace Regie.Web.Tests.Scenarios;

public sealed class RunStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static ScenarioRun Run(string id, bool finished)
    {
        var pop = PopulationBuilder.Random(10, seed: 1);
        var spec = ScenarioReader.Read("id: t\nname: { en: t }").Value;
        var run = new ScenarioRun(id, new ScenarioInputs(pop, ShippedLaw.AsOf(), spec, new OccupationExposure("ilo-2025", []), "", new Dictionary<string, string>(), new Dictionary<string, string>()), Now);
        if (finished)
            run.Cancel(Now);
        return run;
    }

    [Fact]
    public void Keeps_the_most_recently_used_finished_runs_up_to_its_capacity()
    {
        var store = new RunStore(capacity: 2);
        store.Add(Run("a", finished: true));
        store.Add(Run("b", finished: true));
        store.Find("a"); // a is now more recent than b

        store.Add(Run("c", finished: true));

        Assert.NotNull(store.Find("a"));
        Assert.Null(store.Find("b"));
        Assert.NotNull(store.Find("c"));
    }

    [Fact]
    public void Never_drops_a_run_that_is_still_waiting_or_running()
    {
        var store = new RunStore(capacity: 1);
        store.Add(Run("waiting", finished: false));

        store.Add(Run("x", finished: true));
        store.Add(Run("y", finished: true));

        Assert.NotNull(store.Find("waiting"));
        Assert.Null(store.Find("x"));
        Assert.NotNull(store.Find("y"));
    }
}
