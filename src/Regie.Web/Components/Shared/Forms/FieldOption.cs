namespace Regie.Web.Components.Shared.Forms;

/// <summary>One choice in a drop-down list or a group of radio buttons or checkboxes: the posted value and its text.</summary>
public sealed record FieldOption(string Value, string Text, string? Description = null);
