using Spectre.Console;

namespace Regie.Cli.Rendering;

/// <summary>Shows each step a long command reports as a progress task; a new step completes the previous one.</summary>
internal sealed class ProgressSteps(ProgressContext context) : IProgress<string>
{
    private ProgressTask? _current;

    public void Report(string value)
    {
        _current?.Value(_current.MaxValue).StopTask();
        _current = context.AddTask(Markup.Escape(value), maxValue: 1);
        _current.IsIndeterminate = true;
    }

    /// <summary>Marks the last step done.</summary>
    public void Complete() => _current?.Value(_current.MaxValue).StopTask();
}

/// <summary>Progress that shows nothing (for --json, where stdout carries only the JSON).</summary>
internal sealed class SilentProgress : IProgress<string>
{
    public static SilentProgress Instance { get; } = new();

    public void Report(string value)
    {
    }
}
