using Regie.Cli.Localization;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Engine;
using Spectre.Console;

namespace Regie.Cli.Commands.Scenario;

/// <summary>Two progress bars, population then simulation; silent with --json so stdout carries only JSON.</summary>
internal sealed class ScenarioProgressBar
{
    private ScenarioProgressBar(IProgress<double> population, IProgress<ScenarioProgress> simulation)
    {
        Population = population;
        Simulation = simulation;
    }

    public IProgress<double> Population { get; }

    public IProgress<ScenarioProgress> Simulation { get; }

    public static async Task<Result<T>> RunAsync<T>(IAnsiConsole console, bool silent, Texts texts, Func<ScenarioProgressBar, Task<Result<T>>> work)
    {
        if (silent)
            return await work(new ScenarioProgressBar(new Ignore<double>(), new Ignore<ScenarioProgress>()));
        return await console.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var population = context.AddTask(texts["Scenario.Progress.Population"], maxValue: 1);
                var simulation = context.AddTask(texts["Scenario.Progress.Simulation"], maxValue: 1, autoStart: false);
                var bar = new ScenarioProgressBar(
                    new Into<double>(share => population.Value(share)),
                    new Into<ScenarioProgress>(p =>
                    {
                        population.Value(1);
                        simulation.StartTask();
                        simulation.Value(p.Overall);
                    }));
                var result = await work(bar);
                population.Value(1).StopTask();
                simulation.Value(1).StopTask();
                return result;
            });
    }

    private sealed class Ignore<TValue> : IProgress<TValue>
    {
        public void Report(TValue value)
        {
        }
    }

    // Reports arrive on worker threads; Spectre's progress task is thread-safe, so a plain IProgress suffices.
    private sealed class Into<TValue>(Action<TValue> report) : IProgress<TValue>
    {
        public void Report(TValue value) => report(value);
    }
}
