namespace Regie.Web.Components.Pages.Errors;

/// <summary>
/// What a page wants the status page to say about its error. Blazor's static renderer writes no body when a
/// page sets 404 while status code pages are on; the re-executed status page shows this message instead.
/// It travels in HttpContext.Items, which the re-execution keeps.
/// </summary>
public sealed record PageProblem(string Title, string Message, string? LinkHref = null, string? LinkText = null)
{
    private const string Key = "Regie.PageProblem";

    public void AttachTo(HttpContext context) => context.Items[Key] = this;

    public static PageProblem? From(HttpContext? context) =>
        context?.Items.TryGetValue(Key, out var value) == true ? value as PageProblem : null;
}
