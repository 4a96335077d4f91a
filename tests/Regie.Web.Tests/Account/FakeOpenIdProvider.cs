using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Regie.Web.Tests.Account;

/// <summary>
/// A small OpenID Connect provider inside the test process, reached through the web host's back-channel handler:
/// discovery, signing keys, a token endpoint that checks the client secret and the PKCE verifier, and userinfo.
/// The front channel (the browser at the provider) is <see cref="Authorize"/>: it "signs in" the given person and
/// returns the form the provider would post back to Regie.
/// </summary>
public sealed class FakeOpenIdProvider : HttpMessageHandler
{
    public const string Issuer = "https://idp.test";
    public const string ClientId = "regie-test";
    public const string ClientSecret = "test-secret-for-the-fake-provider";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private readonly ConcurrentDictionary<string, Grant> _grants = new();
    private readonly ConcurrentDictionary<string, Person> _people = new();

    /// <summary>Someone signing in at the provider.</summary>
    public sealed record Person(string Subject, string Email, bool EmailVerified, string Name);

    private sealed record Grant(Person Person, string Nonce, string CodeChallenge, string RedirectUri);

    /// <summary>
    /// The provider's answer to an authorization request (Regie's redirect): the callback address and the form
    /// fields (code, state) it posts there.
    /// </summary>
    public (string CallbackPath, Dictionary<string, string> Form) Authorize(Uri authorizationRequest, Person person)
    {
        var query = QueryHelpers.ParseQuery(authorizationRequest.Query);
        Assert.Equal(ClientId, query["client_id"].ToString());
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        _people[person.Subject] = person;
        var code = Guid.NewGuid().ToString("N");
        _grants[code] = new Grant(person, query["nonce"].ToString(), query["code_challenge"].ToString(), query["redirect_uri"].ToString());
        return (new Uri(query["redirect_uri"].ToString()).AbsolutePath, new() { ["code"] = code, ["state"] = query["state"].ToString() });
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.RequestUri?.AbsolutePath switch
        {
            "/.well-known/openid-configuration" => Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = $"{Issuer}/authorize",
                ["token_endpoint"] = $"{Issuer}/token",
                ["userinfo_endpoint"] = $"{Issuer}/userinfo",
                ["jwks_uri"] = $"{Issuer}/jwks",
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
            }),
            "/jwks" => Json(new { keys = new[] { JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId }) } }),
            "/token" => await TokenAsync(request, cancellationToken),
            "/userinfo" => UserInfo(request),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };

    private async Task<HttpResponseMessage> TokenAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var form = QueryHelpers.ParseQuery(await request.Content!.ReadAsStringAsync(ct)); // a token request has a form body
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || !_grants.TryRemove(form["code"].ToString(), out var grant)
            || form["redirect_uri"] != grant.RedirectUri
            || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.CodeChallenge)
        {
            return Json(new { error = "invalid_grant" }, HttpStatusCode.BadRequest);
        }

        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Subject = new ClaimsIdentity([new Claim("sub", grant.Person.Subject), new Claim("nonce", grant.Nonce)]),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        return Json(new { access_token = "access-" + grant.Person.Subject, token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    // The access token names the subject; userinfo answers with the person's profile claims.
    private HttpResponseMessage UserInfo(HttpRequestMessage request)
    {
        var subject = request.Headers.Authorization?.Parameter?.Replace("access-", "", StringComparison.Ordinal);
        var person = _people.GetValueOrDefault(subject ?? "");
        return person is null
            ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
            : Json(new { sub = person.Subject, email = person.Email, email_verified = person.EmailVerified, name = person.Name });
    }

    private static HttpResponseMessage Json<T>(T body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = JsonContent.Create(body) };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _key.Rsa.Dispose();
        }

        base.Dispose(disposing);
    }
}
