using Regie.Web.Tests.Account;

namespace Regie.Web.Tests.Workplace;

/// <summary>
/// The Workplace page tests share one host (the analytical store is built once) and keep apart by signing up their own
/// accounts and creating their own organisations.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WorkplacePagesCollection : ICollectionFixture<AccountHost>
{
    public const string Name = "Workplace pages";
}
