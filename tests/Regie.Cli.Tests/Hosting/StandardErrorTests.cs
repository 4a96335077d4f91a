using Regie.Cli.Hosting;
using Regie.Core.Results;
using Regie.Monitor.Atlas;

namespace Regie.Cli.Tests.Hosting;

public sealed class StandardErrorTests
{
    [Fact]
    public void Not_found_exits_with_4()
    {
        using var stderr = new StringWriter();

        var exitCode = new StandardError(stderr).Report(new OccupationNotFound("9999"));

        Assert.Equal(4, exitCode);
        Assert.Equal("regie: No BRC 2014 occupation group has code '9999'.\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_validation_error_exits_with_3_and_prints_its_messages()
    {
        using var stderr = new StringWriter();
        var error = new ValidationError(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["sort"] = ["Unknown sort key 'x'."],
            ["index"] = ["Unknown index 'y'."],
        });

        var exitCode = new StandardError(stderr).Report(error);

        Assert.Equal(3, exitCode);
        Assert.Equal("regie: Unknown index 'y'. Unknown sort key 'x'.\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_conflict_exits_with_5()
    {
        Assert.Equal(5, StandardError.ExitCodeOf(new SomeConflict()));
    }

    [Fact]
    public void Forbidden_exits_with_6()
    {
        Assert.Equal(6, StandardError.ExitCodeOf(new SomeForbidden()));
    }

    private sealed record SomeConflict() : ConflictError("Already running.");

    private sealed record SomeForbidden() : ForbiddenError("Not for you.");
}
