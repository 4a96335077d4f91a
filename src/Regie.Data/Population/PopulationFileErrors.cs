using Regie.Core.Results;

namespace Regie.Data.Population;

/// <summary>A population file that cannot be read: not a Regie population, another version, truncated or corrupt.</summary>
/// <param name="Path">The file.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record PopulationFileError(string Path, string Problem) : Error($"{Path}: {Problem}");

/// <summary>No population file at the path (e.g. <c>regie population synth</c> has not been run for this name).</summary>
public sealed record PopulationNotFound(string Path) : NotFoundError($"There is no population file {Path}; make one with 'regie population synth'.");
