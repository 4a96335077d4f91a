using System.Reflection;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Regie.Core.Results;
using Regie.Web.Localization;
using Regie.Workplace;

namespace Regie.Web.Components.Pages.Workplace.Organisations;

/// <summary>
/// The edit context of one form and what a use case said about it. Field errors go beside their field, in the
/// reader's language: the WorkplaceUi text "Error_{form}_{field}", else "Error_{field}", else the use case's own
/// (English) message. Errors that belong to no field of the form (a conflict, a row that is gone) become one alert.
/// </summary>
internal sealed class FormFeedback
{
    private readonly ValidationMessageStore _store;
    private readonly string _form;
    private readonly List<string> _alerts = [];
    private readonly string[] _hidden;

    /// <param name="model">The form model; its property names are the use case's field names.</param>
    /// <param name="form">The form's name in the text keys ("Organisation", "Unit", …).</param>
    /// <param name="hidden">Properties that post as hidden fields: their errors become alerts, since nothing shows them.</param>
    public FormFeedback(object model, string form, params string[] hidden)
    {
        Context = new EditContext(model);
        _store = new ValidationMessageStore(Context);
        _form = form;
        _hidden = hidden;
    }

    public EditContext Context { get; }

    /// <summary>Messages about the whole form, for a <c>FormAlert</c> above it.</summary>
    public IReadOnlyList<string> Alerts => _alerts;

    /// <summary>Adds a message beside a field of the model (or to the alerts when the model has no such field).</summary>
    public void Add(string field, string message)
    {
        if (_hidden.Contains(field, StringComparer.Ordinal)
            || Context.Model.GetType().GetProperty(field, BindingFlags.Public | BindingFlags.Instance) is null)
        {
            _alerts.Add(message);
            return;
        }

        _store.Add(new FieldIdentifier(Context.Model, field), message);
        Context.NotifyValidationStateChanged();
    }

    /// <summary>Shows a use case's error.</summary>
    public void Show(Error error, IStringLocalizer<WorkplaceUi> text)
    {
        if (error is ValidationError invalid)
        {
            foreach (var (field, messages) in invalid.Fields)
            {
                Add(field, Find(text, $"Error_{_form}_{field}") ?? Find(text, $"Error_{field}") ?? string.Join(" ", messages));
            }

            return;
        }

        _alerts.Add(Describe(error, text));
    }

    /// <summary>A use case's error that is not about one field, in the reader's language.</summary>
    public static string Describe(Error error, IStringLocalizer<WorkplaceUi> text) => error switch
    {
        LastAdministrator => text["Error_LastAdministrator"],
        AlreadyMember member => text["Error_AlreadyMember", member.Email],
        InvitationNotValid => text["Error_InvitationNotValid"],
        InvitationForAnotherAddress => text["Error_InvitationForAnotherAddress"],
        ForbiddenError => text["Error_NotAllowed"],
        NotFoundError => text["Error_NotFound"],
        _ => error.Message,
    };

    private static string? Find(IStringLocalizer<WorkplaceUi> text, string key) =>
        text[key] is { ResourceNotFound: false } found ? found.Value : null;
}
