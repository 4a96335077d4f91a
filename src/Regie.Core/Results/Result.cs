using System.Diagnostics.CodeAnalysis;

namespace Regie.Core.Results;

/// <summary>Either a value or an <see cref="Error"/>; for expected outcomes only (STYLE §5).</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The error, or null when the result holds a value.</summary>
    public Error? Error { get; }

    /// <summary>True when the result holds a value.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The result holds an error.</exception>
    public T Value => IsSuccess ? _value! /* IsSuccess means the value was set */ : throw new InvalidOperationException($"No value: {Error.Message}");

    /// <summary>Wraps a value.</summary>
    public static Result<T> Success(T value) => new(value, null);

    /// <summary>Wraps an error.</summary>
    public static Result<T> Failure(Error error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Wraps a value.</summary>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>Wraps an error.</summary>
    public static implicit operator Result<T>(Error error) => Failure(error);

    /// <summary>Calls one of two functions depending on the outcome.</summary>
    public TOut Match<TOut>(Func<T, TOut> onValue, Func<Error, TOut> onError) =>
        IsSuccess ? onValue(_value!) /* set when IsSuccess */ : onError(Error);

    /// <summary>Gets the value when there is one.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }
}
