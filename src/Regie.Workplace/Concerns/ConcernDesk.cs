using Microsoft.EntityFrameworkCore;
using Regie.Core.Results;
using Regie.Workplace.People;
using Regie.Workplace.Register;
using Regie.Workplace.Requests;
using Regie.Workplace.Tenancy;

namespace Regie.Workplace.Concerns;

/// <summary>
/// The raiser's side of the concern channel: the public reporting form of an organisation, raising a concern
/// (anonymously, or by name when signed in), and reading and answering the case through the secret link.
/// Anonymous work runs as <see cref="ConcernRaiser"/>, whoever is signed in, so nothing about the person is stored.
/// </summary>
public sealed class ConcernDesk(IWorkplaceDb db, ITenantScope scope, TimeProvider time)
{
    internal const int MaxText = 4000;

    /// <summary>The public reporting form of an organisation (reachable without an account, e.g. for agency staff).</summary>
    public async Task<Result<ConcernChannel>> ChannelAsync(Guid organisationId, CancellationToken ct)
    {
        using var raiser = scope.ActAs(ConcernRaiser.In(organisationId));
        if (await db.Organisations.AsNoTracking().Select(o => o.Name).FirstOrDefaultAsync(ct) is not { } name)
        {
            return new ConcernChannelNotFound();
        }

        var systems = await db.AiSystems.AsNoTracking().Where(s => s.Status != AiSystemStatus.Decommissioned)
            .OrderBy(s => s.Name).Select(s => new SystemChoice(s.Id, s.Name)).ToListAsync(ct);
        return new ConcernChannel(organisationId, name, systems);
    }

    /// <summary>Raises an anonymous concern in an organisation: no identity of any kind is stored or audited.</summary>
    public async Task<Result<RaisedConcern>> RaiseAnonymousAsync(Guid organisationId, ConcernInput input, CancellationToken ct)
    {
        using var raiser = scope.ActAs(ConcernRaiser.In(organisationId));
        if (!await db.Organisations.AnyAsync(ct))
        {
            return new ConcernChannelNotFound();
        }

        return await RaiseAsync(organisationId, input, raisedBy: null, ct);
    }

    /// <summary>Raises a concern by name, as the signed-in member of the current organisation.</summary>
    public async Task<Result<RaisedConcern>> RaiseNamedAsync(ConcernInput input, CancellationToken ct)
    {
        if (scope.Actor.Deny(Permission.RaiseConcern) is { } denied)
        {
            return denied;
        }

        if (scope.Actor.MemberId is not { } member)
        {
            return ValidationError.For("Anonymous", "Only a member can raise a concern by name.");
        }

        return await RaiseAsync(scope.Actor.OrganisationId!.Value, input, member, ct); // Deny checked the organisation
    }

    /// <summary>The case behind a secret link; every unknown link gets the same not-found answer.</summary>
    public async Task<Result<ConcernThread>> ReadAsync(string? token, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } concern)
        {
            return new ConcernLinkNotValid();
        }

        using var raiser = scope.ActAs(ConcernRaiser.In(concern.OrganisationId));
        return await ThreadAsync(concern, ct);
    }

    /// <summary>The raiser's reply through the secret link; an answered case goes back under investigation.</summary>
    public async Task<Result<ConcernThread>> ReplyAsync(string? token, string? text, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } concern)
        {
            return new ConcernLinkNotValid();
        }

        var check = new Validation().Require("Text", text, MaxText, "Your message");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        if (concern.Status == ConcernStatus.Closed)
        {
            return new ConcernClosed(concern.Reference);
        }

        using var raiser = scope.ActAs(ConcernRaiser.In(concern.OrganisationId));
        var tracked = await db.Concerns.Include(c => c.Messages).FirstAsync(c => c.Id == concern.Id, ct);
        AddMessage(tracked, text!.Trim(), fromRaiser: true, author: null);
        if (tracked.Status == ConcernStatus.Answered)
        {
            tracked.Status = ConcernStatus.UnderInvestigation;
        }

        await db.SaveChangesAsync(ct);
        return await ThreadAsync(tracked, ct);
    }

    /// <summary>Adds a message to a tracked concern (added to the set first, so it is inserted, not updated).</summary>
    internal void AddMessage(Concern concern, string text, bool fromRaiser, Guid? author)
    {
        var message = NewMessage(concern, text, fromRaiser, author);
        db.ConcernMessages.Add(message);
        concern.Messages.Add(message);
    }

    private ConcernMessage NewMessage(Concern concern, string text, bool fromRaiser, Guid? author) => new()
    {
        Id = Guid.NewGuid(),
        OrganisationId = concern.OrganisationId,
        ConcernId = concern.Id,
        Number = concern.Messages.Count == 0 ? 1 : concern.Messages.Max(m => m.Number) + 1,
        FromRaiser = fromRaiser,
        AuthorMemberId = author,
        MessageText = text,
        SentOn = time.Today(),
    };

    private async Task<Result<RaisedConcern>> RaiseAsync(Guid organisationId, ConcernInput input, Guid? raisedBy, CancellationToken ct)
    {
        var check = new Validation()
            .Check(input.Category is not null && Enum.IsDefined(input.Category.Value), "Category", "Choose what your concern is about.")
            .Require("Text", input.Text, MaxText, "Your concern");
        check.Check(input.AiSystemId is not { } system || await db.AiSystems.AnyAsync(s => s.Id == system, ct),
            "AiSystemId", "This AI system does not exist.");
        if (!check.IsValid)
        {
            return check.ToError();
        }

        var token = ConcernSecret.NewToken();
        var concern = new Concern
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Reference = ConcernSecret.NewReference(),
            TokenHash = ConcernSecret.Hash(token),
            AiSystemId = input.AiSystemId,
            Category = input.Category!.Value, // validated
            ConcernText = input.Text!.Trim(),
            Anonymous = raisedBy is null,
            RaisedByMemberId = raisedBy,
            ReceivedOn = time.Today(),
        };
        db.Concerns.Add(concern);
        await db.SaveChangesAsync(ct);
        return new RaisedConcern(concern, token);
    }

    private async Task<Concern?> FindAsync(string? token, CancellationToken ct) =>
        ConcernSecret.LooksLikeToken(token) ? await db.FindConcernAsync(ConcernSecret.Hash(token!), ct) : null; // shape checked

    private async Task<ConcernThread> ThreadAsync(Concern concern, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Select(o => o.Name).FirstAsync(ct);
        var system = concern.AiSystemId is { } id
            ? await db.AiSystems.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(ct)
            : null;
        var messages = await db.ConcernMessages.AsNoTracking().Where(m => m.ConcernId == concern.Id).OrderBy(m => m.Number)
            .Select(m => new ThreadMessage(m.Number, m.FromRaiser, m.SentOn, m.MessageText, null)).ToListAsync(ct);
        return new ConcernThread(concern.Reference, organisation, system, concern.Category, concern.Status, concern.ReceivedOn,
            concern.ConcernText, messages);
    }
}
