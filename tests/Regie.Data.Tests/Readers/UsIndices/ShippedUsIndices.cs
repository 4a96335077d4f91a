using Regie.Data.Readers.UsIndices;

namespace Regie.Data.Tests.Readers.UsIndices;

/// <summary>The US indices read once from the real shipped files, shared by the tests of a class.</summary>
public sealed class ShippedUsIndices : IDisposable
{
    private readonly DataFolderCopy? _copy;

    public ShippedUsIndices()
    {
        var data = RepositoryData.Catalogued;
        if (data is null)
        {
            _copy = DataFolderCopy.Of(UsIndexReader.Files);
            data = _copy.Data;
        }

        Result = UsIndexReader.Read(data);
    }

    internal UsIndexResult Result { get; }

    public void Dispose() => _copy?.Dispose();
}
