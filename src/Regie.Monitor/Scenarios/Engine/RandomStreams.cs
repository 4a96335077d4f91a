namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// The engine's random streams. Each use draws from its own stream of <see cref="Random.CounterRandom"/>, keyed by
/// person or household index, so adding a use never shifts the draws of another and runs stay paired.
/// </summary>
internal static class RandomStreams
{
    /// <summary>Order of employees within their occupation quota.</summary>
    public const uint AllocationKey = 1;

    /// <summary>Inclusion of the record that straddles a quota boundary (keyed by occupation).</summary>
    public const uint QuotaBoundary = 2;

    /// <summary>When in the phase-in a hit employee is hit.</summary>
    public const uint HitTiming = 3;

    /// <summary>Months until re-employment.</summary>
    public const uint Reemployment = 4;

    /// <summary>Whether a person claims the WW they are entitled to.</summary>
    public const uint TakeUpWw = 5;

    /// <summary>Whether a household claims a Toeslagenwet top-up.</summary>
    public const uint TakeUpTw = 6;

    /// <summary>Whether a household newly entitled to bijstand claims it.</summary>
    public const uint TakeUpBijstand = 7;

    /// <summary>The seed of draw <paramref name="draw"/> of a scenario.</summary>
    public static ulong SeedOf(ulong scenarioSeed, int draw) => scenarioSeed + (ulong)draw;
}
