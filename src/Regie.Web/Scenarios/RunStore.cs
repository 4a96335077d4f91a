namespace Regie.Web.Scenarios;

/// <summary>
/// The runs the web knows, by id: every queued and running run, and the last <c>capacity</c> finished ones (least
/// recently used dropped first; reading a run counts as using it). Thread-safe.
/// </summary>
internal sealed class RunStore(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<ScenarioRun>> _byId = new(StringComparer.Ordinal);
    private readonly LinkedList<ScenarioRun> _recent = new(); // most recently used first

    public ScenarioRun? Find(string id)
    {
        lock (_lock)
        {
            if (!_byId.TryGetValue(id, out var node))
                return null;
            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value;
        }
    }

    /// <summary>Adds (or replaces) a run and drops finished runs beyond the capacity.</summary>
    public void Add(ScenarioRun run)
    {
        lock (_lock)
        {
            if (_byId.Remove(run.Id, out var old))
                _recent.Remove(old);

            _byId[run.Id] = _recent.AddFirst(run);
            Trim();
        }
    }

    private void Trim()
    {
        var finished = _recent.Count(r => r.IsFinished);
        for (var node = _recent.Last; node is not null && finished > capacity;)
        {
            var previous = node.Previous;
            if (node.Value.IsFinished)
            {
                _recent.Remove(node);
                _byId.Remove(node.Value.Id);
                finished--;
            }

            node = previous;
        }
    }
}
