using Regie.Data.Files;
using Regie.Data.Readers.UsIndices;
using Regie.TestKit;

namespace Regie.Data.Tests.Readers.UsIndices;

/// <summary>The US indices read once from the repository's data/ folder, shared by the tests of a class.</summary>
public sealed class ShippedUsIndices
{
    internal UsIndexResult Result { get; } = UsIndexReader.Read(new ShippedData(ShippedDataFolder.Path));
}
