namespace Regie.Web.Components.Pages.Home;

/// <summary>The five parts of Regie (DESIGN §1); only what exists is linked, the rest is marked "not built yet".</summary>
internal static class ProductParts
{
    public sealed record Part(string Id, bool Built, string? Link);

    public static IReadOnlyList<Part> All { get; } =
    [
        new("monitor", Built: true, Link: "/atlas"),
        new("workplace", Built: false, Link: null),
        new("learning", Built: false, Link: null),
        new("network", Built: false, Link: null),
        new("facility", Built: false, Link: null),
    ];
}
