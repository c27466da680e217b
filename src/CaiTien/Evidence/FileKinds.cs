using System.IO.Compression;

namespace CaiTien.Evidence;

/// <summary>The evidence file types accepted, recognised by their content (magic bytes; for Office files the
/// ZIP package must hold the Word or Excel main part), never by the name alone.</summary>
public static class FileKinds
{
    public sealed record Kind(string Key, string ContentType, IReadOnlyList<string> Extensions);

    public static readonly Kind Pdf = new("pdf", "application/pdf", [".pdf"]);
    public static readonly Kind Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly Kind Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly Kind Jpeg = new("jpg", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly Kind Png = new("png", "image/png", [".png"]);

    public static readonly IReadOnlyList<Kind> All = [Pdf, Docx, Xlsx, Jpeg, Png];

    public static string AcceptedExtensions => string.Join(",", All.SelectMany(k => k.Extensions));

    public static Kind? ByExtension(string fileName) =>
        All.FirstOrDefault(k => k.Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase));

    /// <summary>What the content of a seekable stream is, or null when it is none of the accepted kinds.</summary>
    public static Kind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        head = head[..read];
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (head.StartsWith("PK\u0003\u0004"u8)) return OfficeKind(content);
        return null;
    }

    private static Kind? OfficeKind(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("word/document.xml") is not null) return Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return Xlsx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
