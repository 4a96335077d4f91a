using Regie.Core.Results;
using Regie.Monitor.Scenarios.Engine;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Web.Scenarios;

/// <summary>Where a run is: waiting, computing, or finished one of three ways.</summary>
public enum RunStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
}

/// <summary>
/// One background run of a scenario (public because the run page's components take it): its prepared inputs (kept to explain households afterwards), its state and
/// progress, and its result or error. The worker and any number of readers touch it at once: state changes take a
/// lock, progress is a single volatile number. The cancellation source is never disposed: a reader may still cancel
/// a run the store has dropped, and a source without timers holds nothing that needs disposing.
/// </summary>
public sealed class ScenarioRun : IProgress<ScenarioProgress>
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _cancel = new();
    private double _progress;

    public ScenarioRun(string id, ScenarioInputs inputs, DateTimeOffset queuedAt)
    {
        Id = id;
        Inputs = inputs;
        QueuedAt = queuedAt;
    }

    public string Id { get; }

    public ScenarioInputs Inputs { get; }

    public ScenarioSpec Spec => Inputs.Spec;

    public DateTimeOffset QueuedAt { get; }

    public RunStatus Status { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>The result once <see cref="RunStatus.Done"/>.</summary>
    public ScenarioResult? Result { get; private set; }

    /// <summary>Why the run failed, once <see cref="RunStatus.Failed"/>.</summary>
    public Error? Error { get; private set; }

    /// <summary>Share done, 0–1 (1 once done).</summary>
    public double Progress => Volatile.Read(ref _progress);

    /// <summary>True once the run will not change any more.</summary>
    public bool IsFinished => Status is RunStatus.Done or RunStatus.Failed or RunStatus.Cancelled;

    /// <summary>Cancelled by <see cref="Cancel"/>.</summary>
    public CancellationToken Cancellation => _cancel.Token;

    public void Report(ScenarioProgress value) => Volatile.Write(ref _progress, Math.Clamp(value.Overall, 0, 1));

    /// <summary>Moves a queued run to running; false when it was cancelled while waiting.</summary>
    public bool TryStart(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (Status != RunStatus.Queued)
                return false;
            Status = RunStatus.Running;
            StartedAt = now;
            return true;
        }
    }

    public void Complete(ScenarioResult result, DateTimeOffset now) => Finish(RunStatus.Done, now, result, null);

    public void Fail(Error error, DateTimeOffset now) => Finish(RunStatus.Failed, now, null, error);

    public void MarkCancelled(DateTimeOffset now) => Finish(RunStatus.Cancelled, now, null, null);

    /// <summary>Stops a queued or running run; false when it had already finished.</summary>
    public bool Cancel(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (IsFinished)
                return false;
            if (Status == RunStatus.Queued)
            {
                Status = RunStatus.Cancelled;
                FinishedAt = now;
            }
        }

        _cancel.Cancel(); // a running run stops between chunks; the worker then marks it cancelled
        return true;
    }

    private void Finish(RunStatus status, DateTimeOffset now, ScenarioResult? result, Error? error)
    {
        lock (_lock)
        {
            if (IsFinished)
                return;
            Result = result; // before the status, so a reader that sees Done finds the result
            Error = error;
            FinishedAt = now;
            Status = status;
            if (status == RunStatus.Done)
                Volatile.Write(ref _progress, 1);
        }
    }
}
