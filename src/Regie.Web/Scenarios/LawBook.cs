using Regie.Core.Results;
using Regie.Monitor.Scenarios.Rules;

namespace Regie.Web.Scenarios;

/// <summary>
/// The shipped rule book, read once, for explaining hypothetical households (which need the law but no population).
/// A law date the rules do not cover is a field error on <c>law_date</c>.
/// </summary>
internal sealed class LawBook(IRuleBookSource rules)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RuleBook? _book;

    public async Task<Result<LawSnapshot>> AsOfAsync(DateOnly lawDate, CancellationToken cancellationToken)
    {
        var book = await BookAsync(cancellationToken);
        if (!book.TryGetValue(out var value))
            return book.Error!;
        var law = value.AsOf(lawDate);
        return law.Error is LawNotInForce notInForce ? ValidationError.For("law_date", notInForce.Message) : law;
    }

    private async Task<Result<RuleBook>> BookAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _book) is { } ready)
            return ready;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_book is not null)
                return _book;
            var loaded = await rules.LoadAsync(cancellationToken);
            if (loaded.TryGetValue(out var book))
                Volatile.Write(ref _book, book);
            return loaded;
        }
        finally
        {
            _gate.Release();
        }
    }
}
