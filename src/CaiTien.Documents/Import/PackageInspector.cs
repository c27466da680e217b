using System.IO.Compression;
using System.Text;

namespace CaiTien.Documents.Import;

internal enum PackageKind { Docx, Xlsx }

/// <summary>Checks an upload before any XML is parsed: size, file signature (PDF, old binary Office, encrypted
/// Office), zip bomb limits measured on the real decompressed bytes, each entry's CRC, and which OOXML package
/// it is.</summary>
internal static class PackageInspector
{
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;
    public const double MaxCompressionRatio = 100;
    private const long RatioCheckThreshold = 1024 * 1024;

    public static PackageKind Inspect(byte[] bytes)
    {
        if (bytes.Length == 0) throw new ImportException("Tệp rỗng (0 byte).");
        if (StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            if (ContainsUtf16(bytes, "EncryptionInfo") || ContainsUtf16(bytes, "EncryptedPackage"))
                throw new ImportException("Tệp được bảo vệ bằng mật khẩu. Hãy mở tệp, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi tải lên lại.");
            throw new ImportException("Đây là tệp Word/Excel định dạng cũ (.doc/.xls). Hãy mở tệp và lưu lại dưới dạng .docx (Word) hoặc .xlsx (Excel) rồi tải lên lại.");
        }
        if (StartsWith(bytes, "%PDF"u8.ToArray()))
            throw new ImportException("Đây là tệp PDF, không phải tệp Word (.docx) hay Excel (.xlsx). Hãy tải lên tệp .docx hoặc .xlsx gốc của kế hoạch.");
        if (!StartsWith(bytes, [0x50, 0x4B, 0x03, 0x04]))
            throw new ImportException("Tệp không phải tệp Word (.docx) hay Excel (.xlsx) hợp lệ.");

        using var zip = OpenZip(bytes);
        long total = 0;
        long compressed = 0;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            names.Add(entry.FullName);
            if (entry.Length > MaxUncompressedBytes || total + entry.Length > MaxUncompressedBytes) throw Bomb();
            compressed += entry.CompressedLength;
            total += MeasureEntry(entry, MaxUncompressedBytes - total);
            if (total > RatioCheckThreshold && total > compressed * MaxCompressionRatio) throw Bomb();
        }
        if (names.Contains("word/document.xml")) return PackageKind.Docx;
        if (names.Contains("xl/workbook.xml")) return PackageKind.Xlsx;
        if (names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase))) return PackageKind.Docx;
        if (names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase))) return PackageKind.Xlsx;
        throw new ImportException("Tệp nén không phải tài liệu Word (.docx) hay bảng tính Excel (.xlsx).");
    }

    private static ZipArchive OpenZip(byte[] bytes)
    {
        try { return new ZipArchive(new MemoryStream(bytes, false), ZipArchiveMode.Read); }
        catch (InvalidDataException) { throw new ImportException("Tệp bị hỏng: không đọc được cấu trúc tệp .docx/.xlsx."); }
    }

    /// <summary>Decompresses the entry to count its real size, stopping as soon as the budget is exceeded (the
    /// sizes written in the zip directory can lie).</summary>
    private static long MeasureEntry(ZipArchiveEntry entry, long budget)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[81920];
            long size = 0;
            uint crc = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                size += read;
                if (size > budget) throw Bomb();
                crc = Crc32.Append(crc, buffer.AsSpan(0, read));
            }
            if (crc != entry.Crc32 || size != entry.Length)
                throw new ImportException($"Tệp bị hỏng: phần \"{entry.FullName}\" không khớp mã kiểm tra khi giải nén.");
            return size;
        }
        catch (InvalidDataException) { throw new ImportException($"Tệp bị hỏng: phần \"{entry.FullName}\" không giải nén được."); }
        catch (NotSupportedException) { throw new ImportException($"Tệp dùng kiểu nén không được hỗ trợ (phần \"{entry.FullName}\")."); }
    }

    private static ImportException Bomb() =>
        new($"Tệp giải nén quá lớn (hơn {MaxUncompressedBytes / 1024 / 1024} MB hoặc tỉ lệ nén trên {MaxCompressionRatio:0}); tệp có thể bị hỏng hoặc độc hại nên không được đọc.");

    private static bool StartsWith(byte[] bytes, byte[] prefix) => bytes.Length >= prefix.Length && bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix);

    private static bool ContainsUtf16(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
}
