namespace Regie.Core.Results;

/// <summary>An expected failure that a host turns into a user-facing message (never a stack trace).</summary>
public abstract record Error(string Message);

/// <summary>The thing asked for does not exist (HTTP 404, CLI exit code 4).</summary>
public abstract record NotFoundError(string Message) : Error(Message);

/// <summary>The request conflicts with the current state (HTTP 409, CLI exit code 5).</summary>
public abstract record ConflictError(string Message) : Error(Message);

/// <summary>Input was invalid; <see cref="Fields"/> names each field with its messages (HTTP 400, CLI exit code 3).</summary>
public sealed record ValidationError(IReadOnlyDictionary<string, string[]> Fields) : Error("Invalid input.")
{
    /// <summary>A validation error on one field.</summary>
    public static ValidationError For(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}

/// <summary>The actor may not do this (HTTP 403, CLI exit code 6). Data of other organisations is never
/// "forbidden" but <see cref="NotFoundError"/>, so its existence does not leak.</summary>
public abstract record ForbiddenError(string Message) : Error(Message);
