using Microsoft.Extensions.Options;
using Regie.Monitor.Scenarios.Lab;

namespace Regie.Web.Scenarios;

/// <summary>
/// Computes queued runs in the background, <see cref="ScenarioLabOptions.MaxConcurrentRuns"/> at a time (the engine
/// itself uses every core), with progress and cancellation. A run never takes the host down: an unexpected failure
/// is logged and shown as a failed run.
/// </summary>
internal sealed partial class ScenarioRunWorker(
    ScenarioRuns runs,
    ScenarioLab lab,
    IOptions<ScenarioLabOptions> options,
    TimeProvider time,
    ILogger<ScenarioRunWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.MaxConcurrentRuns).Select(_ => Task.Run(() => LoopAsync(stoppingToken), stoppingToken)));

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var run in runs.Pending.ReadAllAsync(stoppingToken))
                Execute(run, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private void Execute(ScenarioRun run, CancellationToken stoppingToken)
    {
        if (!run.TryStart(time.GetUtcNow()))
            return; // cancelled while it waited
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(run.Cancellation, stoppingToken);
        try
        {
            var result = lab.Run(run.Inputs, run, cancel.Token);
            if (result.TryGetValue(out var value))
                run.Complete(value, time.GetUtcNow());
            else
                run.Fail(result.Error!, time.GetUtcNow()); // TryGetValue returned false: the result holds an error
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            run.MarkCancelled(time.GetUtcNow());
        }
#pragma warning disable CA1031 // a failed run is reported on the run; the worker goes on with the next one
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailure(logger, exception, run.Id, run.Spec.Id);
            run.Fail(new RunFailed(), time.GetUtcNow());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scenario run {RunId} ({ScenarioId}) failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string runId, string scenarioId);
}
