namespace Regie.Monitor.Scenarios.Statistics;

public sealed partial class IncomeDistribution
{
    /// <summary>The number of deciles; decile numbers run from 1 to this, never 0 or 11.</summary>
    public const int DecileCount = 10;

    /// <summary>
    /// Assigns every record a decile by the note's rules (microsimulation note §5): identical incomes form one tie
    /// group that is never split, and a tie group whose records come after cumulative weight C_before and weigh
    /// w_group together goes to decile min(10, 1 + ⌊10·(C_before + w_group/2)/W⌋) — the decile holding the middle of
    /// its weight. Zero and negative incomes stay in the ranking and all go to decile 1; they are counted in the
    /// result. When no tie group (and not the non-positive incomes together) weighs more than W/10, all ten deciles are
    /// non-empty and each weighs W/10 give or take the largest tie group.
    /// </summary>
    /// <returns>The decile of each record in input order, and a row per decile.</returns>
    public DecileAssignment Deciles()
    {
        var incomes = Incomes;
        var weights = GroupWeights;
        var starts = GroupStarts;
        var order = RecordOrder;
        var decileOfRecord = new byte[Count];
        var rows = new DecileAccumulator[DecileCount];
        var nonPositiveCount = 0;
        var nonPositiveWeight = 0.0;
        var largestGroup = 0.0;
        var before = 0.0;
        for (var g = 0; g < incomes.Length; g++)
        {
            var y = incomes[g];
            var w = weights[g];
            var size = starts[g + 1] - starts[g];
            var decile = y <= 0 ? 1 : Math.Min(DecileCount, 1 + (int)Math.Floor(DecileCount * (before + (w / 2)) / TotalWeight));
            if (y <= 0)
            {
                nonPositiveCount += size;
                nonPositiveWeight += w;
            }

            largestGroup = Math.Max(largestGroup, w);
            before += w;
            rows[decile - 1].Add(y, w, size);
            foreach (var record in order[starts[g]..starts[g + 1]])
            {
                decileOfRecord[record] = (byte)decile;
            }
        }

        var table = new DecileRow[DecileCount];
        for (var d = 0; d < DecileCount; d++)
        {
            table[d] = rows[d].ToRow(d + 1);
        }

        return new DecileAssignment(decileOfRecord, table, nonPositiveCount, nonPositiveWeight, largestGroup);
    }

    private struct DecileAccumulator
    {
        private double _weight;
        private int _count;
        private double _min;
        private double _max;
        private double _income;

        public void Add(double income, double weight, int count)
        {
            // Groups arrive in ascending income order: the first is the minimum, the latest the maximum.
            if (_count == 0)
            {
                _min = income;
            }

            _max = income;
            _count += count;
            _weight += weight;
            _income += weight * income;
        }

        public readonly DecileRow ToRow(int decile) => new(
            decile,
            _weight,
            _count,
            _count > 0 ? _min : null,
            _count > 0 ? _max : null,
            _weight > 0 ? _income / _weight : null);
    }
}
