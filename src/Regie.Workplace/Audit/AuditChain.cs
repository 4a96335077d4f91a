using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Workplace.Audit;

/// <summary>
/// The hash chain over an organisation's audit events: each event's hash covers its own fields and the previous
/// event's hash, so editing or removing an event anywhere breaks every hash after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first event of an organisation.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Whole milliseconds: what both SQLite and PostgreSQL store exactly.</summary>
    internal static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    internal static AuditEvent Seal(AuditEvent e) => new()
    {
        OrganisationId = e.OrganisationId,
        Sequence = e.Sequence,
        At = e.At,
        ActorId = e.ActorId,
        ActorName = e.ActorName,
        ActorRoles = e.ActorRoles,
        Action = e.Action,
        EntityType = e.EntityType,
        EntityId = e.EntityId,
        Before = e.Before,
        After = e.After,
        PreviousHash = e.PreviousHash,
        Hash = HashOf(e),
    };

    /// <summary>The hash an event must carry, from its fields and its previous hash.</summary>
    public static string HashOf(AuditEvent e)
    {
        var text = string.Join('\n',
            e.PreviousHash,
            e.OrganisationId.ToString("D"),
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            e.ActorId, e.ActorName, e.ActorRoles, e.Action, e.EntityType, e.EntityId,
            e.Before ?? "", e.After ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Checks an organisation's events in sequence order; returns the sequence number of the first event that
    /// breaks the chain (wrong hash, wrong link or a gap), or null when the chain is whole.
    /// </summary>
    public static long? FirstBreak(IEnumerable<AuditEvent> events)
    {
        var previous = Genesis;
        var expected = 1L;
        foreach (var e in events)
        {
            if (e.Sequence != expected || e.PreviousHash != previous || e.Hash != HashOf(e))
            {
                return e.Sequence;
            }

            previous = e.Hash;
            expected++;
        }

        return null;
    }
}
