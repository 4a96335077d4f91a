using System.Security.Cryptography;

namespace Regie.Cli.Commands.Demo;

/// <summary>
/// The one password of the demo accounts, made fresh on every seed and printed once; it is never stored in the
/// repository or in a file.
/// </summary>
internal static class DemoPassword
{
    /// <summary>Letters and digits that cannot be mistaken for each other when read off a screen (no 0/O, 1/l/I).</summary>
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Four groups of five, e.g. <c>h7Kq2-…</c>: 20 characters from 56, about 116 bits, from the OS's secure generator.</summary>
    public static string Generate() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5)));
}
