using Regie.Monitor.Scenarios.Random;

namespace Regie.Monitor.Scenarios.Population.Synthesis;

/// <summary>Counter-based draws for record <c>i</c> of a stream: a pure function of (seed, stream, i).</summary>
internal readonly struct Draws(ulong seed)
{
    public ulong Seed => seed;

    public ulong Bits(DrawStream stream, long index) => CounterRandom.Bits(seed, (uint)stream, index);

    /// <summary>Uniform in [0, 1).</summary>
    public double Uniform(DrawStream stream, long index) => CounterRandom.Uniform(seed, (uint)stream, index);

    /// <summary>Uniform in (0, 1): never exactly 0, so logarithms and the inverse normal stay finite.</summary>
    public double OpenUniform(DrawStream stream, long index) => ((Bits(stream, index) >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>A standard normal draw (inverse normal of an open uniform).</summary>
    public double Normal(DrawStream stream, long index) => InverseNormal.Of(OpenUniform(stream, index));

    /// <summary>A whole number in [min, max] (inclusive), by Lemire's multiply-shift on 32 bits.</summary>
    public int Between(DrawStream stream, long index, int min, int max) =>
        min + (int)(((Bits(stream, index) >> 32) * (ulong)(max - min + 1)) >> 32);

    /// <summary>A sequential generator for shuffles, seeded from this stream.</summary>
    public SeededRandom Sequence(DrawStream stream) => new(Bits(stream, -1));
}
