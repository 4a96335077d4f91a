using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Random;

/// <summary>
/// Counter-based random numbers: a draw is a pure function of (seed, stream, index), so every record gets the
/// same draw whatever the thread, chunk or record order — which is what makes paired baseline/scenario runs and
/// byte-identical results possible. Streams separate uses (allocation key, re-employment month, take-up, …).
/// </summary>
public static class CounterRandom
{
    /// <summary>The SplitMix64 finaliser: a bijective 64-bit mix with good avalanche.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>64 random bits for record <paramref name="index"/> in <paramref name="stream"/> under <paramref name="seed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Bits(ulong seed, uint stream, long index) =>
        Mix(Mix(seed ^ (0x9E3779B97F4A7C15UL * (stream + 1UL))) + (ulong)index * 0xD1B54A32D192ED03UL);

    /// <summary>A uniform double in [0, 1) for record <paramref name="index"/> in <paramref name="stream"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Uniform(ulong seed, uint stream, long index) =>
        (Bits(seed, stream, index) >> 11) * (1.0 / (1UL << 53));
}
