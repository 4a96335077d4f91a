using System.Runtime.CompilerServices;
namespace Regie.Monitor.Scenarios.Rules;

public sealed partial class CompiledLaw
{
    private const int TableAdults = 8;
    private const int TableChildren = 12;
    private readonly decimal[] _equivalenceOne;
    private readonly decimal[] _equivalenceTwo;
    private readonly double[] _equivalence;

    /// <summary>
    /// As <see cref="EquivalenceRules.Factor(int, int, LawSnapshot)"/>, as a double (the decimal factor converted
    /// once): a table lookup up to 8 adults and 12 children, the same extrapolation beyond.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No adult, or a negative number of children.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double EquivalenceFactor(int adults, int children)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(adults, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(children);
        return adults <= TableAdults && children <= TableChildren
            ? _equivalence[((adults - 1) * (TableChildren + 1)) + children]
            : (double)EquivalenceRules.Factor(_equivalenceOne, _equivalenceTwo, adults, children);
    }

    private static (decimal[] One, decimal[] Two, double[] Table) EquivalenceTable(EquivalenceLaw law)
    {
        decimal[] one = [.. law.OneAdult.Items];
        decimal[] two = [.. law.TwoAdults.Items];
        var table = new double[TableAdults * (TableChildren + 1)];
        for (var a = 1; a <= TableAdults; a++)
        {
            for (var c = 0; c <= TableChildren; c++)
            {
                table[((a - 1) * (TableChildren + 1)) + c] = (double)EquivalenceRules.Factor(one, two, a, c);
            }
        }

        return (one, two, table);
    }
}
