namespace Regie.Storage.Auditing;

/// <summary>A save tried to write a row of another organisation than the actor's: a bug, never user input.</summary>
public sealed class TenantViolationException(string entityType)
    : InvalidOperationException($"A change to {entityType} belongs to another organisation than the current one.");

/// <summary>A save tried to change or delete an audit event.</summary>
public sealed class AuditLogAppendOnlyException()
    : InvalidOperationException("The audit log is append-only: events cannot be changed or deleted.");
