using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Regie.Core.Results;
using Regie.Monitor.Scenarios.Lab;
using Regie.Monitor.Scenarios.Spec;

namespace Regie.Web.Scenarios;

/// <summary>
/// The web's run queue and result store. A run's id is a hash of the canonical scenario JSON and the population's
/// content hash; the engine is deterministic, so a scenario submitted again on the same population gets the run
/// already queued, running or done instead of a new computation. <see cref="ScenarioRunWorker"/> computes the runs.
/// </summary>
internal sealed partial class ScenarioRuns
{
    /// <summary>Length of a run id in hexadecimal digits (64 bits of the SHA-256).</summary>
    public const int IdLength = 16;

    private readonly ScenarioLab _lab;
    private readonly LabPopulation _population;
    private readonly TimeProvider _time;
    private readonly RunStore _store;
    private readonly Channel<ScenarioRun> _queue;
    private readonly Lock _lock = new();
    private readonly ILogger<ScenarioRuns> _logger;

    public ScenarioRuns(ScenarioLab lab, LabPopulation population, IOptions<ScenarioLabOptions> options, TimeProvider time, ILogger<ScenarioRuns> logger)
    {
        _logger = logger;
        _lab = lab;
        _population = population;
        _time = time;
        _store = new RunStore(options.Value.KeptRuns);
        _queue = Channel.CreateBounded<ScenarioRun>(new BoundedChannelOptions(options.Value.MaxQueuedRuns)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then answers false instead of dropping a run
            SingleWriter = false,
        });
    }

    /// <summary>The runs waiting to be computed, in order.</summary>
    public ChannelReader<ScenarioRun> Pending => _queue.Reader;

    /// <summary>The run of <paramref name="spec"/> on the web's population: the existing one, or a new one in the queue.</summary>
    public async Task<Result<ScenarioRun>> SubmitAsync(ScenarioSpec spec, CancellationToken cancellationToken)
    {
        var population = await _population.GetAsync(cancellationToken);
        if (!population.TryGetValue(out var pop))
        {
            // The host's set-up, not the request, is at fault; the reason (a file path) goes to the log, not to the reader.
            LogPopulationUnavailable(_logger, population.Error!.Message);
            return new PopulationUnavailable();
        }
        var id = IdOf(spec, pop.Info.ContentHash);
        if (Reusable(id) is { } existing)
            return existing;

        var inputs = await _lab.PrepareAsync(spec, pop, cancellationToken);
        if (!inputs.TryGetValue(out var prepared))
            return LabErrors.OnLawDate(inputs.Error!);
        lock (_lock)
        {
            if (Reusable(id) is { } raced)
                return raced;
            var run = new ScenarioRun(id, prepared, _time.GetUtcNow());
            if (!_queue.Writer.TryWrite(run))
                return new RunQueueFull();
            _store.Add(run);
            return run;
        }
    }

    public Result<ScenarioRun> Find(string id) => _store.Find(id) is { } run ? run : new RunNotFound(id);

    /// <summary>Cancels a queued or running run.</summary>
    public Result<ScenarioRun> Cancel(string id)
    {
        if (_store.Find(id) is not { } run)
            return new RunNotFound(id);
        return run.Cancel(_time.GetUtcNow()) ? run : new RunAlreadyFinished(id);
    }

    /// <summary>The run id: SHA-256 of the canonical scenario JSON, a line break and the population's content hash.</summary>
    public static string IdOf(ScenarioSpec spec, string populationHash)
    {
        var key = ScenarioWriter.ToJson(spec) + "\n" + populationHash;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..IdLength];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The scenario lab's population is not available: {Reason}")]
    private static partial void LogPopulationUnavailable(ILogger logger, string reason);

    // A failed or cancelled run is computed again when asked for again; anything else is reused.
    private ScenarioRun? Reusable(string id) =>
        _store.Find(id) is { Status: not (RunStatus.Failed or RunStatus.Cancelled) } run ? run : null;
}
