using System.IO.Compression;
using System.Text;
using CaiTien.Documents.Import;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Files that are not plans, or not safe to read, get one clear Vietnamese error and no plan.</summary>
public class BadInputTests
{
    private static ImportResult Import(byte[] bytes, string name = "ke-hoach.docx") => PlanImporter.Import(new MemoryStream(bytes), name);

    private static void AssertRejected(ImportResult result, string expectedWords)
    {
        Assert.Null(result.Plan);
        var error = Assert.Single(result.Errors);
        Assert.Contains(expectedWords, error.Message);
        Assert.Equal("ke-hoach.docx", error.Location.File);
    }

    [Fact]
    public void Renamed_pdf_is_rejected() =>
        AssertRejected(Import(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")), "PDF");

    [Fact]
    public void Random_bytes_are_rejected()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x13;
        AssertRejected(Import(bytes), "không phải tệp Word (.docx) hay Excel (.xlsx)");
    }

    [Fact]
    public void Empty_file_is_rejected() => AssertRejected(Import([]), "Tệp rỗng");

    [Fact]
    public void Damaged_old_binary_doc_asks_to_save_as_docx() =>
        AssertRejected(Import(OleFile("WordDocument")), "lưu thành .docx");

    [Fact]
    public void Password_protected_file_asks_to_remove_the_password() =>
        AssertRejected(Import(OleFile("EncryptionInfo", "EncryptedPackage")), "mật khẩu");

    [Fact]
    public void Truncated_zip_is_reported_as_damaged()
    {
        var docx = File.ReadAllBytes(Testing.SharedPaths.Docx("000"));
        AssertRejected(Import(docx[..(docx.Length / 2)]), "hỏng");
    }

    [Fact]
    public void Zip_bomb_over_50_megabytes_is_not_expanded()
    {
        var bomb = Zip(("word/document.xml", 51L * 1024 * 1024));
        AssertRejected(Import(bomb), "giải nén quá lớn");
    }

    [Fact]
    public void Zip_with_a_compression_ratio_over_100_is_not_read()
    {
        var bomb = Zip(("word/document.xml", 3L * 1024 * 1024));
        Assert.True(bomb.Length * 100 < 3L * 1024 * 1024);
        AssertRejected(Import(bomb), "tỉ lệ nén");
    }

    [Fact]
    public void Upload_over_the_limit_is_refused_before_reading()
    {
        var result = Import(new byte[PlanImporter.MaxUploadBytes + 1]);
        AssertRejected(result, "10 MB");
    }

    [Fact]
    public void Zip_that_is_neither_word_nor_excel_is_rejected() =>
        AssertRejected(Import(Zip(("readme.txt", 10))), "không phải tài liệu Word");

    [Fact]
    public void Document_without_a_plan_table_says_so()
    {
        var docx = new TestDocx().Paragraphs("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024 - 2025", "Nội dung sẽ bổ sung sau.").ToBytes();
        AssertRejected(Import(docx), "Không tìm thấy bảng kế hoạch");
    }

    [Fact]
    public void Table_with_unknown_headers_names_them()
    {
        var docx = new TestDocx().Paragraph("KẾ HOẠCH")
            .Table([["Cột A", "Cột B", "Cột C"], ["1", "2", "3"]]).ToBytes();
        var result = Import(docx);
        AssertRejected(result, "Không nhận ra tiêu đề cột");
        Assert.Contains("\"Cột A\"", result.Errors[0].Message);
    }

    [Fact]
    public void Malformed_document_xml_is_reported_not_thrown()
    {
        var bytes = ZipWith(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("word/document.xml", "<w:document><w:body><w:p>"));
        var result = Import(bytes);
        Assert.Null(result.Plan);
        Assert.Single(result.Errors);
    }

    private static byte[] OleFile(params string[] streamNames)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (var name in streamNames) bytes.AddRange(Encoding.Unicode.GetBytes(name));
        bytes.AddRange(new byte[512]);
        return [.. bytes];
    }

    private static byte[] Zip(params (string Name, long Zeros)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
            foreach (var (name, zeros) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                var chunk = new byte[1 << 20];
                for (long written = 0; written < zeros; written += chunk.Length)
                    entry.Write(chunk, 0, (int)Math.Min(chunk.Length, zeros - written));
            }
        return stream.ToArray();
    }

    private static byte[] ZipWith(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        return stream.ToArray();
    }
}
