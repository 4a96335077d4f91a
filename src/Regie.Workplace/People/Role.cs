using System.Text.Json.Serialization;
namespace Regie.Workplace.People;

/// <summary>
/// The roles of the workplace domain note (§4). A member holds one or more; <see cref="PermissionMatrix"/> says what
/// each may do. Stored as flags, so the numeric values must never change.
/// </summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    None = 0,

    /// <summary>Configures the organisation, its people and their roles.</summary>
    OrgAdmin = 1 << 0,

    /// <summary>Owns AI systems: registers them, screens them, proposes decisions.</summary>
    SystemOwner = 1 << 1,

    /// <summary>Answers assigned assessments and attaches evidence.</summary>
    Assessor = 1 << 2,

    /// <summary>HR, legal, security or prevention officer: evaluates and gives an opinion.</summary>
    Reviewer = 1 << 3,

    /// <summary>Privacy officer (FG/DPO): reviewer with the privacy view.</summary>
    PrivacyOfficer = 1 << 4,

    /// <summary>Executive (bestuurder): decides at the gates.</summary>
    Executive = 1 << 5,

    /// <summary>Works council (OR) member: sees what management sees about systems that affect workers.</summary>
    WorksCouncil = 1 << 6,

    /// <summary>External expert engaged by the works council; read and comment only.</summary>
    ExternalExpert = 1 << 7,

    /// <summary>Union representative where the CAO provides for it.</summary>
    UnionRep = 1 << 8,

    /// <summary>Human overseer of one or more AI systems.</summary>
    Overseer = 1 << 9,

    /// <summary>Employee: the internal AI register and their own notices and requests.</summary>
    Employee = 1 << 10,

    /// <summary>Read-only, including the audit log, with export.</summary>
    Auditor = 1 << 11,

    /// <summary>
    /// Survey steward (may be appointed by the works council): configures pulse surveys, waves, links and thresholds and
    /// sees aggregates only; can never see raw answers or set k below the floor (workplace domain note §4).
    /// </summary>
    SurveySteward = 1 << 12,
}
