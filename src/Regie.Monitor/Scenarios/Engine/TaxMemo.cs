using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Engine;

/// <summary>
/// Each member's last tax question and its answer. Within a household the same question comes back again and again
/// (the bijstand test's monthly tax once a spell has settled, the annual tax of a member whose year repeats), and the
/// answer is a pure function of it, so a hit skips the schedule arithmetic without changing a cent.
/// </summary>
internal readonly ref struct TaxMemo
{
    private const long Empty = long.MinValue;
    private readonly Span<long> _slots;

    /// <param name="slots">Three longs per member (taxable, labour, tax), cleared here.</param>
    public TaxMemo(Span<long> slots)
    {
        slots.Fill(Empty);
        _slots = slots;
    }

    /// <summary>As <see cref="IEngineLaw.TaxCents"/> for member <paramref name="i"/>, whose AOW status never changes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long TaxCents(CompiledEngineLaw law, int i, long taxable, long labour, bool aowAge)
    {
        var slot = _slots.Slice(3 * i, 3);
        if (slot[0] == taxable && slot[1] == labour)
            return slot[2];
        var tax = law.TaxCents(taxable, labour, aowAge);
        slot[0] = taxable;
        slot[1] = labour;
        slot[2] = tax;
        return tax;
    }
}
