namespace Regie.Monitor.Scenarios.Rules;

/// <summary>The law and article a parameter rests on.</summary>
/// <param name="Law">Short name of the law as used in Dutch practice (WW, PW, WML, Wet IB 2001, …).</param>
/// <param name="Article">Article (with lid/onderdeel when useful); empty when the basis is not a law (e.g. a CBS method).</param>
/// <param name="BwbId">Identifier on wetten.overheid.nl (BWBR…), when known.</param>
/// <param name="Note">Qualifier, e.g. "[art. verify]" when the article is not confirmed by a source.</param>
public sealed record LegalBasis(string Law, string Article, string? BwbId = null, string? Note = null)
{
    /// <summary>Short reference for traces: "art. 47 WW", or the law alone when there is no article.</summary>
    public string Display => Article.Length == 0 ? Law : $"art. {Article} {Law}";

    /// <inheritdoc />
    public override string ToString() => Display;
}
