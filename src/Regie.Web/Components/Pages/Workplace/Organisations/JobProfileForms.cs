using System.Globalization;
using Regie.Workplace.JobProfiles;

namespace Regie.Web.Components.Pages.Workplace.Organisations;

/// <summary>A job profile's title and worker group, and for a new one the chosen occupation.</summary>
internal sealed class JobProfileForm
{
    public string? Title { get; set; }

    public string? WorkerGroupId { get; set; }

    public string? IscoCode { get; set; }

    public string? EscoUri { get; set; }

    public JobProfileRequest ToRequest() => new(Title, IscoCode, EscoUri, StructureFormValues.Id(WorkerGroupId));
}

/// <summary>A task's text and share of time, as typed.</summary>
internal sealed class JobTaskForm
{
    /// <summary>The task being edited (a hidden field); none for a new task.</summary>
    public Guid? TaskId { get; set; }

    public string? Text { get; set; }

    /// <summary>A whole percentage, optional; "25" and "25 %" are both read.</summary>
    public string? TimeSharePercent { get; set; }

    public JobTaskRequest ToRequest() => new(Text, Share(TimeSharePercent));

    public static JobTaskForm From(JobTask task) => new()
    {
        TaskId = task.Id,
        Text = task.Text,
        TimeSharePercent = task.TimeSharePercent?.ToString(CultureInfo.InvariantCulture),
    };

    // Text that is no whole number becomes -1, outside 0–100, so the use case reports it beside the field together
    // with any other error of the form.
    private static int? Share(string? text)
    {
        var trimmed = text?.Trim().TrimEnd('%').Trim();
        return string.IsNullOrEmpty(trimmed) ? null
            : int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent) ? percent : -1;
    }
}

/// <summary>The task a remove button names.</summary>
internal sealed class RemoveTaskForm
{
    public Guid? TaskId { get; set; }
}
