using Regie.Core.Results;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// The demo's data is fixed, so a use case that refuses it means a rule changed under the demo: a bug to fix, reported
/// as an unexpected failure (exit code 1), with the whole seed rolled back.
/// </summary>
internal static class Expected
{
    /// <exception cref="InvalidOperationException">The use case returned an error.</exception>
    public static T Value<T>(Result<T> result, string step) => result.TryGetValue(out var value)
        ? value
        : throw new InvalidOperationException($"The demo seed could not {step}: {Describe(result.Error!)}"); // false only with an error

    private static string Describe(Error error) => error is ValidationError validation
        ? string.Join(" ", validation.Fields.SelectMany(f => f.Value.Select(m => $"{f.Key}: {m}")))
        : error.Message;
}
