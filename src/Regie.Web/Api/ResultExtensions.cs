using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Results;
using ApiError = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Regie.Web.Api;

/// <summary>Turns an expected failure into its HTTP answer, in this one place for the whole API (STYLE §5).</summary>
internal static class ResultExtensions
{
    /// <summary>
    /// <see cref="ValidationError"/> → 400 validation problem naming each field; <see cref="NotFoundError"/> → 404 and
    /// <see cref="ConflictError"/> → 409 and <see cref="ForbiddenError"/> → 403 problem details whose detail is the error's message.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A new kind of <see cref="Error"/> that has no mapping yet.</exception>
    public static ApiError ToHttpError(this Error error) => error switch
    {
        ValidationError invalid => TypedResults.ValidationProblem(
            invalid.Fields.ToDictionary(field => JsonName(field.Key), field => field.Value, StringComparer.Ordinal),
            title: "One or more values are not valid."),
        NotFoundError notFound => TypedResults.Problem(title: "Not found", detail: notFound.Message, statusCode: StatusCodes.Status404NotFound),
        ConflictError conflict => TypedResults.Problem(title: "Conflict", detail: conflict.Message, statusCode: StatusCodes.Status409Conflict),
        ForbiddenError forbidden => TypedResults.Problem(title: "Forbidden", detail: forbidden.Message, statusCode: StatusCodes.Status403Forbidden),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "This kind of error has no HTTP mapping."),
    };

    /// <summary>Field names as the JSON bodies spell them (camelCase): "KvkNumber" → "kvkNumber".</summary>
    private static string JsonName(string field) =>
        field.Length > 0 && char.IsUpper(field[0]) ? char.ToLowerInvariant(field[0]) + field[1..] : field;

    /// <summary>The success answer built by <paramref name="ok"/>, or the error's HTTP answer.</summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> ToHttp<T, TOk>(this Result<T> result, Func<T, TOk> ok)
        where TOk : IResult =>
        result.IsSuccess ? ok(result.Value) : result.Error.ToHttpError().Result switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("ToHttpError answers with a validation problem or a problem."),
        };
}
