using Regie.Web.Components.Pages.Workplace.Audit;

namespace Regie.Web.Tests.Workplace.Audit;

/// <summary>Audit events' before and after, read field by field.</summary>
public sealed class AuditChangesTests
{
    [Fact]
    public void An_update_pairs_each_field_before_and_after()
    {
        var changes = AuditChanges.Of("""{"Status":"Idea","Version":null}""", """{"Status":"Intake","Version":"2"}""");

        Assert.Equal([new FieldChange("Status", "Idea", "Intake"), new FieldChange("Version", null, "2")], changes);
    }

    [Fact]
    public void A_creation_has_only_after_values_and_keeps_numbers_and_lists_as_JSON()
    {
        var changes = AuditChanges.Of(null, """{"Name":"Chatbot","Reasons":["NoSpecificDuties"],"Status":1,"Flag":true}""");

        Assert.Equal(
            [
                new FieldChange("Flag", null, "true"), new FieldChange("Name", null, "Chatbot"),
                new FieldChange("Reasons", null, """["NoSpecificDuties"]"""), new FieldChange("Status", null, "1"),
            ],
            changes);
    }

    [Fact]
    public void A_deletion_has_only_before_values()
    {
        var changes = AuditChanges.Of("""{"MemberId":"m1"}""", null);

        Assert.Equal([new FieldChange("MemberId", "m1", null)], changes);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Text_that_is_not_a_JSON_object_is_shown_as_it_is(string stored)
    {
        var changes = AuditChanges.Of(stored, null);

        Assert.Equal([new FieldChange("", stored, null)], changes);
    }
}
