using System.Diagnostics;
using System.Text;

namespace CaiTien.Documents.Import;

/// <summary>Turns a Word 97–2003 (.doc) upload into .docx with LibreOffice (<c>soffice --headless --convert-to docx</c>)
/// in a temporary folder of its own, with a time limit; without LibreOffice the upload is refused with a message
/// saying how to save the file as .docx.</summary>
public static class LegacyWordConverter
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(90);

    public const string SaveAsDocx = "Đây là tệp Word định dạng cũ (.doc) và máy chủ không có LibreOffice để chuyển đổi. Hãy mở tệp bằng Word, chọn Tệp → Lưu thành → \"Tài liệu Word (*.docx)\", rồi tải lên tệp .docx.";

    /// <summary>An OLE compound file holding a "WordDocument" stream (the .doc format).</summary>
    public static bool IsWord97(byte[] bytes) =>
        bytes.Length > 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })
        && bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0
        && bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) < 0;

    /// <summary>The soffice found on PATH (or the usual install places), or null.</summary>
    public static string? FindSoffice()
    {
        if (Environment.GetEnvironmentVariable("CAITIEN_SOFFICE") is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        return path.Select(p => Path.Combine(p, "soffice")).Concat(["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"])
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The .docx of a .doc upload, or the Vietnamese reason it cannot be had (not a Word 97 file, no
    /// LibreOffice, too slow, damaged).</summary>
    public static (byte[]? Docx, string? Error) TryConvert(byte[] doc)
    {
        if (!IsWord97(doc)) return (null, "Tệp không phải tài liệu Word 97–2003 (.doc) đọc được. Hãy mở tệp bằng Word rồi lưu lại dưới dạng .docx và tải lên lại.");
        try { return (ToDocx(doc, FindSoffice()), null); }
        catch (ImportException ex) { return (null, ex.Message); }
    }

    internal static byte[] ToDocx(byte[] doc, string? soffice, TimeSpan? limit = null)
    {
        if (soffice is null) throw new ImportException(SaveAsDocx);
        var work = Directory.CreateTempSubdirectory("caitien-doc-");
        try
        {
            var input = Path.Combine(work.FullName, "ke-hoach.doc");
            File.WriteAllBytes(input, doc);
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(soffice, [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "docx", "--outdir", work.FullName, input])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new ImportException(SaveAsDocx);
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit ?? TimeLimit))
            {
                process.Kill(entireProcessTree: true);
                throw new ImportException($"Chuyển tệp .doc sang .docx quá {(int)(limit ?? TimeLimit).TotalSeconds} giây nên đã dừng. Hãy mở tệp bằng Word, lưu thành .docx rồi tải lên lại.");
            }
            var output = Path.Combine(work.FullName, "ke-hoach.docx");
            if (process.ExitCode != 0 || !File.Exists(output))
                throw new ImportException("LibreOffice không chuyển được tệp .doc này (tệp có thể bị hỏng). Hãy mở tệp bằng Word rồi lưu thành .docx (Tệp → Lưu thành → \"Tài liệu Word (*.docx)\") và tải lên lại.");
            return File.ReadAllBytes(output);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
