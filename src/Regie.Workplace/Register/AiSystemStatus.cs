using System.Text.Json.Serialization;
namespace Regie.Workplace.Register;

/// <summary>Lifecycle of an AI system (workplace domain note §3). Stored as numbers: never renumber.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AiSystemStatus>))]
public enum AiSystemStatus
{
    Idea = 1,
    Intake = 2,
    Screening = 3,
    ImpactAssessment = 4,
    Consultation = 5,
    Decision = 6,
    Preparation = 7,
    Pilot = 8,
    Live = 9,
    Monitoring = 10,
    Change = 11,
    Suspended = 12,
    Decommissioned = 13,

    /// <summary>A prohibited practice (AI Act Art. 5) was found: the system may not be used; no override.</summary>
    Blocked = 14,
}
