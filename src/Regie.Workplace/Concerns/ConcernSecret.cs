using System.Security.Cryptography;
using System.Text;

namespace Regie.Workplace.Concerns;

/// <summary>The raiser's secret link and the short case reference, both from <see cref="RandomNumberGenerator"/>.</summary>
public static class ConcernSecret
{
    /// <summary>Letters and digits that cannot be mixed up when read aloud (no 0/O, 1/I/L).</summary>
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>A new secret: 32 random bytes, base64url without padding (43 characters).</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The SHA-256 hash stored instead of the secret (hex, lower case).</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when the text has the shape of a secret; other text is refused before any lookup.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>A case reference such as "M-7K4QX2".</summary>
    public static string NewReference() => "M-" + RandomNumberGenerator.GetString(ReferenceAlphabet, 6);
}
