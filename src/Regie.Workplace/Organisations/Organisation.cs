namespace Regie.Workplace.Organisations;

/// <summary>An employer organisation: the tenant. Everything else in the Workplace belongs to exactly one.</summary>
public sealed class Organisation
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    /// <summary>KvK number (eight digits).</summary>
    public required string KvkNumber { get; set; }

    /// <summary>SBI 2008 code of the main activity (section letter or 2–5 digit code).</summary>
    public required string SbiCode { get; set; }

    public SizeClass Size { get; set; }

    /// <summary>
    /// True when the organisation has a works council (ondernemingsraad). Mandatory from 50 people (WOR art. 2) but
    /// not always there yet; the advice and consent duties (WOR art. 25, 27) follow the council, not the size.
    /// </summary>
    public bool HasWorksCouncil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
