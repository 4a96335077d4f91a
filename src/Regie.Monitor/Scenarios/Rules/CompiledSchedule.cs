using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Rules;

/// <summary>A <see cref="Bracket"/> schedule in fixed point: bases in cents × 10^9, rates × 10^9 (exact).</summary>
internal sealed class CompiledSchedule
{
    private readonly long[] _from;
    private readonly long[] _rate;
    private readonly Int128[] _base;

    public CompiledSchedule(IReadOnlyList<Bracket> rows)
    {
        _from = new long[rows.Count];
        _rate = new long[rows.Count];
        _base = new Int128[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            _from[i] = rows[i].FromCents;
            _rate[i] = Rounding.Fixed(rows[i].Rate);
            _base[i] = rows[i].BaseCents is { } b ? (Int128)b * Rounding.Scale
                : i == 0 ? 0
                : _base[i - 1] + ((Int128)_rate[i - 1] * (_from[i] - _from[i - 1]));
        }
    }

    /// <summary>The value at <paramref name="amountCents"/> rounded to cents (half away from zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Cents(long amountCents)
    {
        if (amountCents < _from[0])
        {
            return Rounding.DivRound(_base[0], Rounding.Scale);
        }

        var i = 0;
        while (i + 1 < _from.Length && amountCents >= _from[i + 1])
        {
            i++;
        }

        return Rounding.DivRound(_base[i] + ((Int128)_rate[i] * (amountCents - _from[i])), Rounding.Scale);
    }
}
