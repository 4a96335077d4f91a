using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Literacy;

/// <summary>
/// What the literacy pages and endpoints read. Each query checks its permission; individual scores and answers reach
/// only the person themselves (docs/literacy.md, privacy).
/// </summary>
public sealed class LiteracyQueries(IWorkplaceDb db, ITenantScope scope, TimeProvider time, RequirementResolver resolver)
{
    /// <summary>The signed-in member's own standing, with scores, plan and history.</summary>
    public async Task<Result<PersonStanding>> MineAsync(CancellationToken ct) =>
        scope.Actor.MemberId is { } member ? await PersonAsync(member, ct)
        : scope.Actor.Deny(Permission.AssessOwnLiteracy) is { } denied ? Result<PersonStanding>.Failure(denied) : new NotAPerson();

    /// <summary>
    /// A person's standing: one's own in full; someone else's only with <see cref="Permission.ViewLiteracyRecords"/>, and
    /// then without scores, plan or history.
    /// </summary>
    public async Task<Result<PersonStanding>> PersonAsync(Guid memberId, CancellationToken ct)
    {
        var own = scope.Actor.MemberId == memberId;
        if (scope.Actor.Deny(own ? Permission.AssessOwnLiteracy : Permission.ViewLiteracyRecords) is { } denied)
        {
            return denied;
        }

        if (await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => m.DisplayName).FirstOrDefaultAsync(ct) is not { } name)
        {
            return new WorkplaceNotFound("Member", memberId);
        }

        var now = time.GetUtcNow();
        var today = LiteracyValidity.Day(now);
        var profiles = await db.LiteracyProfiles.AsNoTracking().Include(p => p.Scores).Where(p => p.MemberId == memberId)
            .ToListAsync(ct);
        profiles = [.. profiles.OrderByDescending(p => p.Version)];
        var latest = profiles.FirstOrDefault() is { } l ? ProfileSummary.Of(l, now, own) : null;
        var required = await resolver.ForMemberAsync(memberId, ct);
        var gaps = LiteracyGaps.Of(latest is { IsCurrent: true } ? latest.Levels : null, required.Level);
        var training = (await db.TrainingRecords.AsNoTracking().Where(t => t.MemberId == memberId).ToListAsync(ct))
            .OrderByDescending(t => t.CompletedOn).ThenBy(t => t.Course, StringComparer.CurrentCulture).ToList();
        var suggestions = await SuggestionsAsync(gaps.SelectMany(g => g.ToWorkOn).ToHashSet(), training.Where(t => t.IsCurrent(today)), ct);
        var history = own ? profiles.Select(p => ProfileSummary.Of(p, now, own: true)).ToList() : [];
        return new PersonStanding(memberId, name, own, required, latest, gaps, training, suggestions, history);
    }

    /// <summary>What each role and each AI system requires; everyone may read it, so people know what is asked of them.</summary>
    public async Task<Result<LiteracyRequirements>> RequirementsAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.AssessOwnLiteracy) is { } denied)
        {
            return denied;
        }

        var settings = await resolver.RoleSettingsAsync(ct);
        var roles = PermissionMatrix.AllRoles.Select(r => RequiredLevels.ForRole(r, settings)).Select(s => new RoleRequirementRow(s.Role!.Value, s.Level, s.IsDefault)).ToList(); // ForRole always names the role
        var systems = await db.SystemLiteracyRequirements.AsNoTracking()
            .Join(db.AiSystems.AsNoTracking(), r => r.AiSystemId, s => s.Id, (r, s) => new SystemRequirementRow(s.Id, s.Name, r.Level)).ToListAsync(ct);
        return new LiteracyRequirements(roles, [.. systems.OrderBy(s => s.SystemName, StringComparer.CurrentCulture)]);
    }

    /// <summary>The organisation's and the worker groups' figures, small numbers suppressed (<see cref="LiteracyFigures"/>).</summary>
    public async Task<Result<LiteracyOverview>> OverviewAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewLiteracyFigures) is { } denied)
        {
            return denied;
        }

        var people = await PeopleFiguresAsync(ct);
        return LiteracyFigures.Of([.. people.Select(p => p.Figure)]);
    }

    /// <summary>Every member against their requirement, for the administrator's art. 4 evidence: levels, never scores.</summary>
    public async Task<Result<IReadOnlyList<PersonRow>>> PeopleAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewLiteracyRecords) is { } denied)
        {
            return denied;
        }

        var today = LiteracyValidity.Day(time.GetUtcNow());
        var trainings = (await db.TrainingRecords.AsNoTracking().ToListAsync(ct)).Where(t => t.IsCurrent(today)).ToLookup(t => t.MemberId);
        var rows = (await PeopleFiguresAsync(ct)).Select(p => new PersonRow(
            p.Id, p.Name, p.Roles, p.Figure.Required, p.LastTakenAt, p.Figure.Levels is not null, p.Figure.Levels,
            p.Figure.Levels is not null && LiteracyGaps.Meets(p.Figure.Levels, p.Figure.Required), trainings[p.Id].Count()));
        return Result<IReadOnlyList<PersonRow>>.Success([.. rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.MemberId)]);
    }

    /// <summary>All training records with the person's name, for HR.</summary>
    public async Task<Result<IReadOnlyList<TrainingRow>>> TrainingAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.RecordTraining) is { } denied)
        {
            return denied;
        }

        var names = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct);
        var records = await db.TrainingRecords.AsNoTracking().ToListAsync(ct);
        return Result<IReadOnlyList<TrainingRow>>.Success([.. records.Select(r => new TrainingRow(r, names.GetValueOrDefault(r.MemberId, "?")))
            .OrderByDescending(r => r.Record.CompletedOn).ThenBy(r => r.MemberName, StringComparer.CurrentCulture)]);
    }

    /// <summary>
    /// A system's overseers against what they need (art. 26(2)): the oversight dashboard's flag. Shows a status, never levels
    /// or scores. For those who see the dashboard or set the system's requirement.
    /// </summary>
    public async Task<Result<SystemOverseersLiteracy>> OverseersAsync(Guid aiSystemId, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ViewOversightDashboard) is { } denied && scope.Actor.Deny(Permission.RequireSystemLiteracy) is not null)
        {
            return denied;
        }

        if (await db.AiSystems.AsNoTracking().Where(s => s.Id == aiSystemId).Select(s => new { s.Name, Overseers = s.Overseers.Select(o => o.MemberId).ToList() })
            .FirstOrDefaultAsync(ct) is not { } system)
        {
            return new WorkplaceNotFound("AI system", aiSystemId);
        }

        var now = time.GetUtcNow();
        var required = await resolver.ForMembersAsync(system.Overseers, ct);
        var names = await db.Members.AsNoTracking().Where(m => system.Overseers.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct);
        var latest = await LatestProfilesAsync(system.Overseers, ct);
        var systemLevel = await db.SystemLiteracyRequirements.AsNoTracking().Where(r => r.AiSystemId == aiSystemId).Select(r => (LiteracyLevel?)r.Level).FirstOrDefaultAsync(ct);
        var rows = system.Overseers.Where(names.ContainsKey).Select(m =>
        {
            var level = required.GetValueOrDefault(m)?.Level ?? LiteracyLevel.None;
            var status = latest.GetValueOrDefault(m) is not { } p || !LiteracyValidity.IsCurrent(p.TakenAt, now) ? OverseerLiteracyStatus.NoCurrentSelfAssessment
                : LiteracyGaps.Meets(p.Levels, level) ? OverseerLiteracyStatus.Meets : OverseerLiteracyStatus.BelowRequiredLevel;
            return new OverseerLiteracy(m, names[m], level, status);
        });
        return new SystemOverseersLiteracy(aiSystemId, system.Name, systemLevel, [.. rows.OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.MemberId)]);
    }

    /// <summary>The worker groups to choose from in the self-assessment (names only; everyone who takes it may see them).</summary>
    public async Task<Result<IReadOnlyList<(Guid Id, string Name)>>> WorkerGroupsAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.AssessOwnLiteracy) is { } denied)
        {
            return denied;
        }

        var groups = await db.WorkerGroups.AsNoTracking().Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        return Result<IReadOnlyList<(Guid, string)>>.Success([.. groups.OrderBy(g => g.Name, StringComparer.CurrentCulture).Select(g => (g.Id, g.Name))]);
    }

    /// <summary>The members HR can record training for (names only).</summary>
    public async Task<Result<IReadOnlyList<(Guid Id, string Name)>>> MembersForTrainingAsync(CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.RecordTraining) is { } denied)
        {
            return denied;
        }

        var members = await db.Members.AsNoTracking().Select(m => new { m.Id, m.DisplayName }).ToListAsync(ct);
        return Result<IReadOnlyList<(Guid, string)>>.Success([.. members.OrderBy(m => m.DisplayName, StringComparer.CurrentCulture).Select(m => (m.Id, m.DisplayName))]);
    }

    private async Task<List<(Guid Id, string Name, Role Roles, DateTimeOffset? LastTakenAt, PersonFigure Figure)>> PeopleFiguresAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var members = await db.Members.AsNoTracking().Select(m => new { m.Id, m.DisplayName, m.Roles }).ToListAsync(ct);
        var required = await resolver.ForMembersAsync(null, ct);
        var latest = await LatestProfilesAsync(null, ct);
        return [.. members.Select(m =>
        {
            var profile = latest.GetValueOrDefault(m.Id);
            var current = profile is not null && LiteracyValidity.IsCurrent(profile.TakenAt, now);
            var figure = new PersonFigure(profile?.WorkerGroupId, current ? profile!.Levels : null, required.GetValueOrDefault(m.Id)?.Level ?? LiteracyLevel.None); // current implies a profile
            return (m.Id, m.DisplayName, m.Roles, profile?.TakenAt, figure);
        })];
    }

    /// <summary>The latest profile per member (without scores).</summary>
    private async Task<Dictionary<Guid, LiteracyProfile>> LatestProfilesAsync(IReadOnlyCollection<Guid>? memberIds, CancellationToken ct)
    {
        var profiles = await db.LiteracyProfiles.AsNoTracking().Where(p => memberIds == null || memberIds.Contains(p.MemberId)).ToListAsync(ct);
        return profiles.GroupBy(p => p.MemberId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Version)!); // groups are never empty
    }

    private async Task<IReadOnlyList<CourseSuggestion>> SuggestionsAsync(
        IReadOnlySet<CompetenceCode> toWorkOn, IEnumerable<TrainingRecord> alreadyDone, CancellationToken ct)
    {
        if (toWorkOn.Count == 0)
        {
            return [];
        }

        var done = alreadyDone.Select(t => (t.Course, t.Provider)).ToHashSet();
        var courses = await db.TrainingRecords.AsNoTracking().Select(t => new { t.Course, t.Provider, t.Codes }).ToListAsync(ct);
        return [.. courses.Select(c => (c.Course, c.Provider, Covers: (CompetenceCode.ParseList(c.Codes) ?? []).Where(toWorkOn.Contains).ToList()))
            .Where(c => c.Covers.Count > 0 && !done.Contains((c.Course, c.Provider)))
            .DistinctBy(c => (c.Course, c.Provider))
            .OrderByDescending(c => c.Covers.Count).ThenBy(c => c.Course, StringComparer.CurrentCulture)
            .Select(c => new CourseSuggestion(c.Course, c.Provider, c.Covers))];
    }
}
