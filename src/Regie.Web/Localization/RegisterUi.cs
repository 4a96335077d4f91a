namespace Regie.Web.Localization;

/// <summary>
/// Marker type of the AI register texts: RegisterUi.resx (Dutch, the default) and RegisterUi.en.resx (English), for
/// the register, screening, duty, internal register and audit log pages. Texts of the screening itself (classes,
/// reasons, duties, questions) are not here: they come from <c>ScreeningTexts</c> in Regie.Workplace.
/// </summary>
internal sealed class RegisterUi;
