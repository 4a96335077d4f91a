using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Regie.Core.Results;
using Regie.Web.Components.Pages.Workplace.Register;
using Regie.Web.Components.Pages.Workplace.Register.Fields;
using Regie.Web.Localization;

namespace Regie.Web.Components.Pages.Workplace.Consultation;

/// <summary>
/// Base of the consultation pages: many small forms on one page. A refused post keeps what was typed in the form
/// that failed (<see cref="Kept"/>) and shows the messages beside its fields; other errors show at the top.
/// </summary>
public abstract class ConsultationPage : RegisterPage
{
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IStringLocalizer<ConsultationUi> Texts { get; set; } = default!;

    /// <summary>The form whose post was refused with field messages, if any.</summary>
    protected string? FailedForm { get; private set; }

    protected FieldErrors Errors { get; private set; } = new();

    /// <summary>A refusal that is not about one field (not allowed, wrong step).</summary>
    protected Error? Refused { get; private set; }

    /// <summary>The field messages of <paramref name="form"/>.</summary>
    protected IReadOnlyList<string> ErrorsOf(string form, string field) => FailedForm == form ? Errors.For(field) : [];

    /// <summary>What was typed into a field of the failed form, else <paramref name="fallback"/>.</summary>
    protected string? Kept(string form, string field, string? fallback = null) =>
        FailedForm == form ? Posted[field].ToString() : fallback;

    /// <summary>The values of a checkbox group of the failed form, else <paramref name="fallback"/>.</summary>
    protected IReadOnlyCollection<string> KeptAll(string form, string field, IReadOnlyCollection<string> fallback) =>
        FailedForm == form ? [.. Posted[field].OfType<string>()] : fallback;

    /// <summary>Runs a use case for a form; on success goes to <paramref name="then"/> (after the redirect the page reads fresh data).</summary>
    protected async Task RunAsync<T>(string form, Task<Result<T>> action, string then)
    {
        var result = await action;
        if (result.IsSuccess)
        {
            Navigation.NavigateTo(then);
            return;
        }

        if (result.Error is ValidationError invalid)
        {
            FailedForm = form;
            Errors = FieldErrors.From(invalid, field => Texts["Error_" + field] is { ResourceNotFound: false } own ? own.Value : null);
            SetStatus(invalid);
            return;
        }

        Refused = result.Error;
        SetStatus(result.Error);
    }

    /// <summary>Marks a field the page could not read (a date, a number) as invalid without calling the use case.</summary>
    protected void Unreadable(string form, string field, string message)
    {
        FailedForm = form;
        Errors = new FieldErrors();
        Errors.Add(field, message);
        if (HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    protected static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    protected static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
