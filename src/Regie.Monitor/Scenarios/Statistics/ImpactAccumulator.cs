namespace Regie.Monitor.Scenarios.Statistics;

/// <summary>Running sums behind one <see cref="ImpactSummary"/>.</summary>
internal struct ImpactAccumulator
{
    private double _weight;
    private int _count;
    private double _baseline;
    private double _scenario;
    private double _change;
    private double _gain;
    private double _loss;
    private double _largeLoss;
    private double _noChange;

    public void Add(double baseline, double scenario, double weight)
    {
        var change = scenario - baseline;
        _weight += weight;
        _count++;
        _baseline += weight * baseline;
        _scenario += weight * scenario;
        _change += weight * change;

        // Thresholds relative to the record's own baseline income; by sign alone when that is not positive.
        var limit = baseline > 0 ? DecileImpact.ChangeThreshold * baseline : 0.0;
        var largeLimit = baseline > 0 ? DecileImpact.LargeLossThreshold * baseline : 0.0;
        if (change > limit)
        {
            _gain += weight;
        }
        else if (change < -limit)
        {
            _loss += weight;
            if (change < -largeLimit)
            {
                _largeLoss += weight;
            }
        }
        else
        {
            _noChange += weight;
        }
    }

    public readonly ImpactSummary ToSummary()
    {
        if (!(_weight > 0))
        {
            return new ImpactSummary(_weight, _count, null, null, null, null, null, null, null, null);
        }

        return new ImpactSummary(
            _weight,
            _count,
            _baseline / _weight,
            _scenario / _weight,
            _change / _weight,
            _baseline > 0 ? _change / _baseline : null,
            _gain / _weight,
            _loss / _weight,
            _largeLoss / _weight,
            _noChange / _weight);
    }
}
