using System.Globalization;
using Regie.Workplace.Screening;

namespace Regie.Web.Components.Pages.Workplace.Register;

/// <summary>
/// The edit form of one duty as typed: filled from the duty, or read back from the post. Field names are the
/// <see cref="DutyUpdate"/> names the use case reports errors on.
/// </summary>
public sealed class DutyInput
{
    private const string DateFormat = "yyyy-MM-dd"; // what <input type="date"> posts

    public string? OwnerMemberId { get; init; }

    public string? DueDate { get; init; }

    public string? Status { get; init; }

    public string? Evidence { get; init; }

    public static DutyInput From(Duty duty) => new()
    {
        OwnerMemberId = duty.OwnerMemberId?.ToString(),
        DueDate = duty.DueDate?.ToString(DateFormat, CultureInfo.InvariantCulture),
        Status = duty.Status.ToString(),
        Evidence = duty.Evidence,
    };

    public static DutyInput Read(IFormCollection form) => new()
    {
        OwnerMemberId = form[nameof(OwnerMemberId)],
        DueDate = form[nameof(DueDate)],
        Status = form[nameof(Status)],
        Evidence = form[nameof(Evidence)],
    };

    /// <summary>
    /// The update for the use case, or the name of the field that cannot be read (a date that is not a date, an owner
    /// that is not an id). A status that is not one of the options goes through: the use case names it.
    /// </summary>
    public DutyUpdate? ToUpdate(out string? unreadable)
    {
        unreadable = null;
        Guid? owner = null;
        if (!string.IsNullOrWhiteSpace(OwnerMemberId))
        {
            if (!Guid.TryParse(OwnerMemberId, out var id))
            {
                unreadable = nameof(OwnerMemberId);
                return null;
            }

            owner = id;
        }

        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(DueDate))
        {
            if (!DateOnly.TryParseExact(DueDate.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                unreadable = nameof(DueDate);
                return null;
            }

            due = date;
        }

        var status = Enum.TryParse<DutyStatus>(Status, out var s) && Enum.IsDefined(s) ? s : default;
        return new DutyUpdate(owner, due, status, Evidence);
    }
}
