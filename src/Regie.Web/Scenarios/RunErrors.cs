using Regie.Core.Results;

namespace Regie.Web.Scenarios;

/// <summary>No run has this id (never submitted, or dropped from the store since).</summary>
internal sealed record RunNotFound(string Id)
    : NotFoundError($"There is no run '{Id}'. Runs are kept in memory for a while; submit the scenario again to compute it.");

/// <summary>The run has not produced a result (yet).</summary>
internal sealed record RunNotDone(string Id, RunStatus Status)
    : ConflictError($"Run '{Id}' is {Status.ToString().ToLowerInvariant()}; its result is there once it is done.");

/// <summary>A finished run cannot be cancelled.</summary>
internal sealed record RunAlreadyFinished(string Id) : ConflictError($"Run '{Id}' has already finished.");

/// <summary>Too many runs are waiting; the host answers 503.</summary>
internal sealed record RunQueueFull() : Error("Too many scenario runs are waiting. Try again in a minute.");

/// <summary>The population the host is configured to run on cannot be made or read (a missing saved population).</summary>
internal sealed record PopulationUnavailable() : Error("The scenario lab's population is not available; the server log says why.");

/// <summary>The run stopped with an unexpected failure (the server log has the details).</summary>
internal sealed record RunFailed() : Error("The run failed unexpectedly; the server log has the details.");

/// <summary>Errors of the lab as the web shows them.</summary>
internal static class LabErrors
{
    /// <summary>A law date the rule book does not cover is a mistake in the scenario's <c>law_date</c>, not a missing page.</summary>
    public static Error OnLawDate(Error error) =>
        error is Monitor.Scenarios.Rules.LawNotInForce notInForce ? ValidationError.For("law_date", notInForce.Message) : error;
}

/// <summary>A scenario text longer than the host accepts.</summary>
internal static class SpecSize
{
    public static ValidationError TooLarge(string field, int maxBytes) =>
        ValidationError.For(field, $"Keep the scenario under {maxBytes / 1024} KB.");
}
