using System.Reflection;
using PdfSharp.Fonts;

namespace Regie.Documents.Pdf;

/// <summary>
/// Serves Liberation Sans (SIL OFL 1.1, shipped in data/fonts and embedded in this assembly) to PDFsharp for every
/// family it asks for, so a PDF looks the same on every machine and never depends on the fonts installed there.
/// Only regular and bold are shipped; an italic request gets the upright face.
/// </summary>
internal sealed class ReportFontResolver : IFontResolver
{
    /// <summary>The family name the PDF writer asks for.</summary>
    public const string Family = "Liberation Sans";

    private const string RegularFace = "LiberationSans-Regular";
    private const string BoldFace = "LiberationSans-Bold";

    private static readonly Lock InstallLock = new();
    private static readonly ReportFontResolver Instance = new();
    private static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));
    private static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    private ReportFontResolver() { }

    /// <summary>
    /// Makes this resolver PDFsharp's font resolver. PDFsharp keeps one per process and refuses a change once a font
    /// was used, so every caller installs the same instance; installing it again does nothing.
    /// </summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? BoldFace : RegularFace);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var name = $"Regie.Documents.Fonts.{face}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from Regie.Documents.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
