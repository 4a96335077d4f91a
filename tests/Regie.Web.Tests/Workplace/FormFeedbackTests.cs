using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Regie.Core.Results;
using Regie.Web.Components.Pages.Workplace.Organisations;
using Regie.Web.Localization;
using Regie.Workplace;

namespace Regie.Web.Tests.Workplace;

public sealed class FormFeedbackTests
{
    private static readonly IStringLocalizer<WorkplaceUi> Text = new StringLocalizer<WorkplaceUi>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    public FormFeedbackTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public void A_use_case_field_error_appears_beside_its_field_in_the_readers_language()
    {
        var form = new OrganisationForm();
        var feedback = new FormFeedback(form, "Organisation");

        feedback.Show(ValidationError.For("KvkNumber", "A KvK number has exactly 8 digits."), Text);

        Assert.Equal(["Een KvK-nummer bestaat uit precies 8 cijfers, bijvoorbeeld 12345678."],
            feedback.Context.GetValidationMessages(new FieldIdentifier(form, nameof(OrganisationForm.KvkNumber))));
        Assert.Empty(feedback.Alerts);
    }

    [Fact]
    public void A_form_specific_text_wins_over_the_general_one()
    {
        var form = new OrganisationForm();
        var feedback = new FormFeedback(form, "Organisation");

        feedback.Show(ValidationError.For("Name", "Name is required."), Text);

        Assert.Equal(["Vul de naam van de organisatie in (hoogstens 200 tekens)."],
            feedback.Context.GetValidationMessages(new FieldIdentifier(form, nameof(OrganisationForm.Name))));
    }

    [Fact]
    public void Errors_of_hidden_fields_and_fields_the_form_lacks_become_alerts()
    {
        var form = new JobProfileForm();
        var feedback = new FormFeedback(form, "JobProfile", nameof(JobProfileForm.IscoCode));

        feedback.Show(new ValidationError(new Dictionary<string, string[]>
        {
            ["IscoCode"] = ["Choose an ISCO-08 unit group."],
            ["Colour"] = ["Colour is not a field here."],
        }), Text);

        Assert.Equal(["Kies een beroep uit de zoekresultaten.", "Colour is not a field here."], feedback.Alerts);
        Assert.Empty(feedback.Context.GetValidationMessages());
    }

    [Fact]
    public void A_conflict_is_explained_in_the_readers_language()
    {
        var feedback = new FormFeedback(new OrganisationForm(), "Member");

        feedback.Show(new LastAdministrator(), Text);

        Assert.Equal(["Een organisatie heeft altijd minstens één beheerder. Geef eerst iemand anders de rol Beheerder organisatie."], feedback.Alerts);
    }
}
