namespace Regie.TestKit.Databases;

/// <summary>
/// The database engines Regie's storage runs on (Regie.Storage's <c>StorageProvider</c>); a storage test runs once
/// for each. TestKit keeps its own enum so that test projects need not reference Regie.Storage.
/// </summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
