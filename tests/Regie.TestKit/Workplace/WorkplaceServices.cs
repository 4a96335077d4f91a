using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Regie.Storage;
using Regie.TestKit.Databases;
using Regie.Workplace;
using Regie.Workplace.JobProfiles;
using Regie.Workplace.Messaging;
using Regie.Workplace.Organisations;
using Regie.Workplace.Tenancy;

namespace Regie.TestKit.Workplace;

/// <summary>
/// The Workplace wired to a real test database (SQLite or PostgreSQL), migrated, with fakes only at the outer
/// boundaries: the occupation and sector catalogues (<see cref="FakeOccupationTasks"/>, <see cref="FakeSectors"/>)
/// and the mail (<see cref="RecordingOutbox"/>). Time is a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class WorkplaceServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private WorkplaceServices(ServiceProvider provider, TestDatabase database)
    {
        _provider = provider;
        Database = database;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Time => (FakeTimeProvider)_provider.GetRequiredService<TimeProvider>();

    public RecordingOutbox Outbox => (RecordingOutbox)_provider.GetRequiredService<IOutbox>();

    public static async Task<WorkplaceServices> CreateAsync(DatabaseKind kind, CancellationToken ct)
    {
        var database = await TestDatabases.CreateAsync(kind, ct);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = kind == DatabaseKind.Postgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings:Regie"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<IOutbox, RecordingOutbox>();
        services.AddSingleton<IOccupationTasks, FakeOccupationTasks>();
        services.AddSingleton<ISectorCatalog, FakeSectors>();
        services.AddRegieStorage(configuration).AddRegieWorkplace();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(ct);
        }

        return new WorkplaceServices(provider, database);
    }

    /// <summary>A request scope acting as <paramref name="actor"/>.</summary>
    public AsyncServiceScope As(WorkplaceActor actor)
    {
        var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantScope>().Enter(actor);
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Database.DisposeAsync();
    }
}
