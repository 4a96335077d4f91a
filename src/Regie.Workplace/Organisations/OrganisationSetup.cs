using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Organisations;

/// <summary>Creating and changing an organisation, its units and worker groups.</summary>
public sealed class OrganisationSetup(IWorkplaceDb db, ITenantScope scope, ISectorCatalog sectors, TimeProvider time)
{
    /// <summary>Creates an organisation; the signed-in account becomes its first member, as administrator.</summary>
    public async Task<Result<Organisation>> CreateAsync(OrganisationRequest request, CancellationToken ct)
    {
        var actor = scope.Actor;
        if (actor.Email is null)
        {
            return new NotAllowed(Permission.ManageOrganisation);
        }

        var invalid = await ValidateAsync(request, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = time.GetUtcNow();
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(),
            Name = request.Name!.Trim(), // validated above
            KvkNumber = KvkNumber.Parse(request.KvkNumber!).Value,
            SbiCode = request.SbiSection!.Trim().ToUpperInvariant(),
            Size = request.Size!.Value,
            HasWorksCouncil = request.HasWorksCouncil ?? request.Size!.Value.RequiresWorksCouncil(),
            CreatedAt = now,
        };
        var founder = new Member
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisation.Id,
            UserId = actor.ActorId,
            DisplayName = actor.Name,
            Email = actor.Email.ToLowerInvariant(),
            Roles = Role.OrgAdmin,
            JoinedAt = now,
        };
        scope.Enter(actor.In(founder));
        db.Organisations.Add(organisation);
        db.Members.Add(founder);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>Changes the organisation's name, KvK number, sector or size.</summary>
    public async Task<Result<Organisation>> UpdateAsync(OrganisationRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageOrganisation) is { } denied)
        {
            return denied;
        }

        if (await ValidateAsync(request, ct) is { } invalid)
        {
            return invalid;
        }

        var organisation = await db.Organisations.SingleAsync(ct);
        organisation.Name = request.Name!.Trim();
        organisation.KvkNumber = KvkNumber.Parse(request.KvkNumber!).Value;
        organisation.SbiCode = request.SbiSection!.Trim().ToUpperInvariant();
        organisation.Size = request.Size!.Value;
        organisation.HasWorksCouncil = request.HasWorksCouncil ?? organisation.HasWorksCouncil;
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    public async Task<Result<OrgUnit>> AddUnitAsync(OrgUnitRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageOrganisation) is { } denied)
        {
            return denied;
        }

        var name = Validation.Clean(request.Name);
        var check = new Validation().Require("Name", name, 200, "Name");
        check.Check(name is null || !await db.OrgUnits.AnyAsync(u => u.Name == name, ct), "Name", "A unit with this name already exists.");
        check.Check(request.ParentId is null || await db.OrgUnits.AnyAsync(u => u.Id == request.ParentId, ct), "ParentId", "The parent unit does not exist.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var unit = new OrgUnit { Id = Guid.NewGuid(), OrganisationId = scope.Actor.OrganisationId!.Value, Name = name!, ParentId = request.ParentId };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    public async Task<Result<WorkerGroup>> AddWorkerGroupAsync(WorkerGroupRequest request, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.ManageOrganisation) is { } denied)
        {
            return denied;
        }

        var name = Validation.Clean(request.Name);
        var check = new Validation().Require("Name", name, 200, "Name").Optional("Location", request.Location, 200, "Location");
        check.Check(name is null || !await db.WorkerGroups.AnyAsync(g => g.Name == name, ct), "Name", "A worker group with this name already exists.");
        check.Check(request.OrgUnitId is null || await db.OrgUnits.AnyAsync(u => u.Id == request.OrgUnitId, ct), "OrgUnitId", "The unit does not exist.");
        check.Check(request.ContractTypes != ContractTypes.None, "ContractTypes", "Choose at least one contract type.");
        check.Check(request.Headcount is not null && Enum.IsDefined(request.Headcount.Value), "Headcount", "Choose a headcount band.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var group = new WorkerGroup
        {
            Id = Guid.NewGuid(),
            OrganisationId = scope.Actor.OrganisationId!.Value, // Deny returned null, so the actor is in an organisation
            Name = name!,
            OrgUnitId = request.OrgUnitId,
            ContractTypes = request.ContractTypes,
            Headcount = request.Headcount!.Value,
            Location = Validation.Clean(request.Location),
        };
        db.WorkerGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    private async Task<ValidationError?> ValidateAsync(OrganisationRequest request, CancellationToken ct)
    {
        var check = new Validation().Require("Name", request.Name, 200, "Name");
        check.Check(KvkNumber.TryParse(request.KvkNumber, out _), "KvkNumber", "A KvK number has exactly 8 digits.");
        var known = await sectors.ListAsync(ct);
        check.Check(request.SbiSection is { } s && known.Any(k => string.Equals(k.Code, s.Trim(), StringComparison.OrdinalIgnoreCase)),
            "SbiSection", "Choose an SBI section (A–U).");
        check.Check(request.Size is { } size && Enum.IsDefined(size), "Size", "Choose a size class.");
        return check.IsValid ? null : check.ToError();
    }
}
