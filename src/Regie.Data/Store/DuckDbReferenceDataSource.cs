using Microsoft.Extensions.Options;
using Regie.Core.Reference;
using Regie.Data.Build;

namespace Regie.Data.Store;

/// <summary>
/// Gives the reference tables from the DuckDB store, building it first when it is missing or stale.
/// Loaded once per process; the tables are small (a few MB) and read-only.
/// </summary>
internal sealed class DuckDbReferenceDataSource(IDataBuilder builder, IOptions<DataOptions> options) : IReferenceDataSource
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ReferenceData? _loaded;

    public async Task<ReferenceData> LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded is null)
            {
                await builder.BuildAsync(force: false, progress: null, cancellationToken);
                var path = options.Value.StorePath;
                _loaded = await Task.Run(() => StoreReader.Read(path), cancellationToken);
            }

            return _loaded;
        }
        finally
        {
            _gate.Release();
        }
    }
}
