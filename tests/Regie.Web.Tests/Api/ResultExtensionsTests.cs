using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Regie.Core.Results;
using Regie.Web.Api;

namespace Regie.Web.Tests.Api;

public sealed class ResultExtensionsTests
{
    private sealed record ReviewAlreadyClosed(int Id) : ConflictError($"Review {Id} is already closed.");

    private sealed record ReviewNotFound(int Id) : NotFoundError($"No review {Id}.");

    private static async Task<(int Status, string? ContentType, JsonObject Body)> ExecuteAsync(Error error)
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        await error.ToHttpError().ExecuteAsync(context);

        context.Response.Body.Position = 0;
        var body = await JsonNode.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        return (context.Response.StatusCode, context.Response.ContentType, body!.AsObject()); // ExecuteAsync wrote a problem.
    }

    [Fact]
    public async Task A_not_found_error_is_a_404_problem_with_the_message_as_detail()
    {
        var (status, contentType, body) = await ExecuteAsync(new ReviewNotFound(7));

        Assert.Equal(StatusCodes.Status404NotFound, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("No review 7.", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_conflict_error_is_a_409_problem_with_the_message_as_detail()
    {
        var (status, _, body) = await ExecuteAsync(new ReviewAlreadyClosed(7));

        Assert.Equal(StatusCodes.Status409Conflict, status);
        Assert.Equal("Review 7 is already closed.", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_validation_error_is_a_400_problem_naming_each_field()
    {
        var (status, _, body) = await ExecuteAsync(ValidationError.For("sort", "Unknown sort key."));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Equal("Unknown sort key.", (string?)body["errors"]?["sort"]?[0]);
    }
}
