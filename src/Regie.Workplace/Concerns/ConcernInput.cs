namespace Regie.Workplace.Concerns;

/// <summary>A concern as typed in the form; <paramref name="AiSystemId"/> null means "I do not know which system".</summary>
public sealed record ConcernInput(Guid? AiSystemId, ConcernCategory? Category, string? Text);

/// <summary>A new concern and its secret link; the secret is shown to the raiser once and never stored.</summary>
public sealed record RaisedConcern(Concern Concern, string Token);

/// <summary>What the public reporting page shows: the organisation and the AI systems one can choose from.</summary>
public sealed record ConcernChannel(Guid OrganisationId, string OrganisationName, IReadOnlyList<SystemChoice> Systems);

/// <summary>An AI system to choose in a form.</summary>
public sealed record SystemChoice(Guid Id, string Name);

/// <summary>A case as the raiser sees it through the secret link: no handler names, no internal notes.</summary>
public sealed record ConcernThread(
    string Reference, string OrganisationName, string? AiSystemName, ConcernCategory Category, ConcernStatus Status,
    DateOnly ReceivedOn, string ConcernText, IReadOnlyList<ThreadMessage> Messages);

/// <summary>One message of a thread; <paramref name="Author"/> is null for the raiser and for the raiser's view.</summary>
public sealed record ThreadMessage(int Number, bool FromRaiser, DateOnly SentOn, string Text, string? Author = null);
