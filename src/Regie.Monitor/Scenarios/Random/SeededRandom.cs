namespace Regie.Monitor.Scenarios.Random;

/// <summary>
/// A small seeded generator (SplitMix64, Steele, Lea &amp; Flood 2014) for sequential draws, e.g. while
/// synthesising a population. Same seed, same sequence, on every machine. A struct: copy it and you fork it.
/// </summary>
public struct SeededRandom
{
    private ulong _state;

    public SeededRandom(ulong seed) => _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return CounterRandom.Mix(_state);
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>), without modulo bias worth speaking of (Lemire's multiply-shift).</summary>
    public int NextInt(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)((NextBits() >> 32) * (ulong)exclusiveMax >> 32);
    }

    /// <summary>A standard normal draw (Box–Muller, one of the pair).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
