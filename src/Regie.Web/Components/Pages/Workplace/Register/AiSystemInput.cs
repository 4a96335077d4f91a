using Regie.Workplace.Register;

namespace Regie.Web.Components.Pages.Workplace.Register;

/// <summary>
/// The register form as typed: filled from the system being edited, or read back from the post so that a refused
/// form shows what was typed. Field names are the <see cref="AiSystemRequest"/> names the use case reports errors on.
/// </summary>
internal sealed class AiSystemInput
{
    public string? Name { get; init; }

    public string? Purpose { get; init; }

    public string? Provider { get; init; }

    public string? Version { get; init; }

    public IReadOnlySet<string> DecisionTypes { get; init; } = new HashSet<string>();

    public string? DataUsed { get; init; }

    public bool MonitoringCapable { get; init; }

    public string? PlainLanguageSummary { get; init; }

    public string? ContactPoint { get; init; }

    public IReadOnlySet<string> WorkerGroupIds { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> JobProfileIds { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> OverseerMemberIds { get; init; } = new HashSet<string>();

    public static AiSystemInput From(AiSystem system) => new()
    {
        Name = system.Name,
        Purpose = system.Purpose,
        Provider = system.Provider,
        Version = system.Version,
        DecisionTypes = system.DecisionTypes.Split().Select(t => t.ToString()).ToHashSet(),
        DataUsed = system.DataUsed,
        MonitoringCapable = system.MonitoringCapable,
        PlainLanguageSummary = system.PlainLanguageSummary,
        ContactPoint = system.ContactPoint,
        WorkerGroupIds = system.WorkerGroups.Select(l => l.WorkerGroupId.ToString()).ToHashSet(),
        JobProfileIds = system.JobProfiles.Select(l => l.JobProfileId.ToString()).ToHashSet(),
        OverseerMemberIds = system.Overseers.Select(l => l.MemberId.ToString()).ToHashSet(),
    };

    public static AiSystemInput Read(IFormCollection form) => new()
    {
        Name = form[nameof(Name)],
        Purpose = form[nameof(Purpose)],
        Provider = form[nameof(Provider)],
        Version = form[nameof(Version)],
        DecisionTypes = Set(form, nameof(DecisionTypes)),
        DataUsed = form[nameof(DataUsed)],
        MonitoringCapable = form[nameof(MonitoringCapable)] == "true",
        PlainLanguageSummary = form[nameof(PlainLanguageSummary)],
        ContactPoint = form[nameof(ContactPoint)],
        WorkerGroupIds = Set(form, nameof(WorkerGroupIds)),
        JobProfileIds = Set(form, nameof(JobProfileIds)),
        OverseerMemberIds = Set(form, nameof(OverseerMemberIds)),
    };

    /// <summary>
    /// The request for the use case. <paramref name="overseers"/> replaces the posted overseers when the form did not
    /// offer them (the member may not see the members list), so that saving keeps the ones on record. Values that are
    /// not ids or decision types cannot come from the form's own options and are left out.
    /// </summary>
    public AiSystemRequest ToRequest(IReadOnlyList<Guid>? overseers) => new(
        Name,
        Purpose,
        Provider,
        Version,
        DecisionTypes.Select(t => Enum.TryParse<DecisionTypes>(t, out var type) && type.Split().Count == 1 ? type : default)
            .Aggregate(Regie.Workplace.Register.DecisionTypes.None, (all, type) => all | type),
        DataUsed,
        MonitoringCapable,
        PlainLanguageSummary,
        ContactPoint,
        Ids(WorkerGroupIds),
        Ids(JobProfileIds),
        overseers ?? Ids(OverseerMemberIds));

    private static HashSet<string> Set(IFormCollection form, string name) =>
        form[name].OfType<string>().Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static List<Guid> Ids(IReadOnlySet<string> values) =>
        [.. values.Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
}
