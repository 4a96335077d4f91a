using System.Security.Cryptography;
using System.Text;

namespace Regie.Workplace.Pulse;

/// <summary>The secret of an anonymous link: 256 random bits, URL-safe; only its SHA-256 hash is stored.</summary>
public static class PulseToken
{
    /// <summary>A new secret from the operating system's cryptographic random source.</summary>
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a secret.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when the text looks like a token (43 URL-safe characters), before anything is looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
