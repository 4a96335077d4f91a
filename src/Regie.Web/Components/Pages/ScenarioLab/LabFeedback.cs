using System.Reflection;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Regie.Core.Results;
using Regie.Web.Localization;
using Regie.Web.Scenarios;

namespace Regie.Web.Components.Pages.ScenarioLab;

/// <summary>
/// The edit context of a scenario lab form and what went wrong with it. A field error goes beside its field, in the
/// reader's language when ScenarioUi has "Error_{Property}", else as the scenario reader's own (English) message;
/// anything that belongs to no field becomes one alert above the form.
/// </summary>
internal sealed class LabFeedback
{
    private readonly ValidationMessageStore _store;
    private readonly List<string> _alerts = [];
    private readonly Func<string, string?> _propertyOf;

    /// <param name="propertyOf">The form property an error's field belongs to, or null for none.</param>
    public LabFeedback(object model, Func<string, string?> propertyOf)
    {
        Context = new EditContext(model);
        _store = new ValidationMessageStore(Context);
        _propertyOf = propertyOf;
    }

    public EditContext Context { get; }

    public IReadOnlyList<string> Alerts => _alerts;

    public bool Any => _alerts.Count > 0 || Context.GetValidationMessages().Any();

    /// <summary>Puts a message beside a property of the form.</summary>
    public void AddToProperty(string property, string message)
    {
        if (Context.Model.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance) is null)
        {
            _alerts.Add(message);
            return;
        }

        _store.Add(new FieldIdentifier(Context.Model, property), message);
        Context.NotifyValidationStateChanged();
    }

    /// <summary>Puts a message beside a property of an object inside the form model (a member row).</summary>
    public void AddTo(object model, string property, string message)
    {
        _store.Add(new FieldIdentifier(model, property), message);
        Context.NotifyValidationStateChanged();
    }

    public void AddAlert(string message) => _alerts.Add(message);

    /// <summary>Shows an error of the scenario reader, the run queue or the lab.</summary>
    public void Show(Error error, IStringLocalizer<ScenarioUi> text)
    {
        if (error is not ValidationError invalid)
        {
            _alerts.Add(error is RunQueueFull ? text["QueueFull"] : error.Message);
            return;
        }

        foreach (var (field, messages) in invalid.Fields)
        {
            var property = _propertyOf(field);
            var own = string.Join(" ", messages);
            if (property is null)
            {
                _alerts.Add(field is "file" or "spec" ? own : $"{field}: {own}");
                continue;
            }

            AddToProperty(property, text[$"Error_{property}"] is { ResourceNotFound: false } found ? found.Value : own);
        }
    }
}
