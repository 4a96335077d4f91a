using Regie.Data.Build;
using Spectre.Console;

namespace Regie.Cli.Commands.Data;

/// <summary>
/// Shows each step the builder reports as its own progress task; a new step completes the previous one.
/// Reports arrive on the builder's thread, so this is a plain <see cref="IProgress{T}"/>, not <see cref="Progress{T}"/>.
/// </summary>
internal sealed class BuildSteps(ProgressContext context) : IProgress<BuildProgress>
{
    private ProgressTask? _current;

    public void Report(BuildProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _current?.Value(_current.MaxValue).StopTask();
        _current = context.AddTask($"[[{value.Index}/{value.Count}]] {Markup.Escape(value.Step)}", maxValue: 1);
        _current.IsIndeterminate = true;
    }

    /// <summary>Marks the last step done when the builder returns.</summary>
    public void Complete() => _current?.Value(_current.MaxValue).StopTask();
}
