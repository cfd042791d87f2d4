using UglyToad.PdfPig.Writer;

namespace Ingest.Corpus.Official;

/// <summary>
/// The faces of an official document, added to one PDF: Liberation Serif 2 (Times metrics, with
/// the Vietnamese glyphs the first Liberation lacks) regular, bold, italic and bold italic, and
/// Liberation Sans Bold for the lettering of seals and stamps.
/// </summary>
internal sealed record OfficialFonts(
    PdfDocumentBuilder.AddedFont Regular,
    PdfDocumentBuilder.AddedFont Bold,
    PdfDocumentBuilder.AddedFont Italic,
    PdfDocumentBuilder.AddedFont BoldItalic,
    PdfDocumentBuilder.AddedFont SansBold)
{
    /// <summary>Where Debian's fonts-liberation2 puts its faces.</summary>
    public const string Folder = "/usr/share/fonts/truetype/liberation2";

    public static OfficialFonts Add(PdfDocumentBuilder builder) => new(
        Load(builder, "LiberationSerif-Regular.ttf"),
        Load(builder, "LiberationSerif-Bold.ttf"),
        Load(builder, "LiberationSerif-Italic.ttf"),
        Load(builder, "LiberationSerif-BoldItalic.ttf"),
        Load(builder, "LiberationSans-Bold.ttf"));

    /// <summary>Adds one face of <see cref="Folder"/> to <paramref name="builder"/>.</summary>
    public static PdfDocumentBuilder.AddedFont Load(PdfDocumentBuilder builder, string file)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"font not found: {path} (install fonts-liberation2)", path);
        }
        return builder.AddTrueTypeFont(File.ReadAllBytes(path));
    }
}
