namespace Regie.Web.Components.Pages.Workplace.Register.Fields;

/// <summary>ARIA attribute values for the form fields.</summary>
internal static class Aria
{
    /// <summary>The ids that exist, space-separated, or null when there are none (then no attribute is written).</summary>
    public static string? DescribedBy(params string?[] ids) =>
        ids.OfType<string>().ToList() is { Count: > 0 } present ? string.Join(' ', present) : null;
}
