namespace Regie.Workplace.Organisations;

/// <summary>The SBI 2008 sections (A–U, equal to NACE Rev. 2 sections) from the shipped CBS SBI file.</summary>
public interface ISectorCatalog
{
    Task<IReadOnlyList<Sector>> ListAsync(CancellationToken ct);
}

/// <summary>An SBI 2008 section with its Dutch and English label.</summary>
public sealed record Sector(string Code, string LabelNl, string LabelEn);
