using Regie.Workplace.Tenancy;

namespace Regie.Cli.Commands.Workplace;

/// <summary>
/// Who acts when an administrator runs <c>regie org …</c>: the system actor <c>system:cli</c> inside one organisation.
/// It passes every permission check (Tenancy/Access.cs), stays inside that organisation's data, and is what the audit
/// log records as the actor of the change.
/// </summary>
internal static class CliActor
{
    /// <summary>The name the audit log and invitation mails show.</summary>
    public const string DisplayName = "Regie CLI";

    public static WorkplaceActor In(Guid organisationId) => WorkplaceActor.System("cli", organisationId) with { Name = DisplayName };
}
