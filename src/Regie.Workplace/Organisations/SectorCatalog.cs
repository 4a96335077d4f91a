using Regie.Core.Reference;

namespace Regie.Workplace.Organisations;

/// <summary>The SBI 2008 sections from the shipped CBS SBI file, read once from the reference data.</summary>
internal sealed class SectorCatalog(IReferenceDataSource source) : ISectorCatalog
{
    private IReadOnlyList<Sector>? _sectors;

    public async Task<IReadOnlyList<Sector>> ListAsync(CancellationToken ct) =>
        _sectors ??= [.. (await source.LoadAsync(ct)).Sections.Select(s => new Sector(s.Code, s.LabelNl, s.LabelEn))];
}
