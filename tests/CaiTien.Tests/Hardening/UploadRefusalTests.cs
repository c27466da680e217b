using System.IO.Compression;
using System.Net;
using System.Text;
using CaiTien.Evidence;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Hardening;

/// <summary>Uploads that are not what they claim are refused with a reason and leave no file behind.</summary>
public sealed class UploadRefusalTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] Pdf(string body = "1 0 obj << >> endobj") => Ascii($"%PDF-1.4\n{body}\ntrailer << >>\n%%EOF\n");

    private static byte[] Png(byte[]? after = null)
    {
        var png = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        void Chunk(string type, byte[] data)
        {
            png.AddRange([(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length]);
            png.AddRange(Encoding.ASCII.GetBytes(type));
            png.AddRange(data);
            png.AddRange([0, 0, 0, 0]);
        }
        Chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
        Chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0, 0, 0, 4, 0, 1]);
        Chunk("IEND", []);
        return [.. png, .. after ?? []];
    }

    public static byte[] Docx(params (string Name, byte[] Content)[] parts)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var all = new List<(string, byte[])>
            {
                ("[Content_Types].xml", Ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")),
                ("word/document.xml", Ascii("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")),
            };
            foreach (var part in parts)
            {
                all.RemoveAll(p => p.Item1 == part.Name);
                all.Add(part);
            }
            foreach (var (name, content) in all)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "bao-cao.pdf", [.. Ascii("%PDF-1.4\n"), 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. Pdf()], "chương trình chạy được" },
        { "bao-cao.pdf", [.. Pdf(), .. Ascii("MZ\u0090\0This program cannot be run in DOS mode.")], "chương trình chạy được" },
        { "bao-cao.pdf", Pdf("1 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj"), "PDF chứa mã lệnh" },
        { "bao-cao.pdf", [.. Pdf(), .. Ascii("PK\u0003\u0004 trailing")], "sau phần kết thúc của tệp PDF" },
        { "anh.png", Png(Ascii("<html><script>alert(1)</script></html>")), "mã trang web" },
        { "anh.png", Png(Ascii("PK\u0003\u0004 second file")), "sau phần kết thúc của ảnh PNG" },
        { "bien-ban.docx", Docx(("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0])), "macro" },
        { "bien-ban.docx", Docx(("word/embeddings/oleObject1.bin", [0xD0, 0xCF, 0x11, 0xE0])), "đối tượng nhúng" },
        { "bien-ban.docx", Docx(("word/embeddings/setup.exe", [.. Ascii("MZ")])), "đối tượng nhúng" },
        { "bien-ban.docx", Docx(("word/document.xml", Ascii("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><d>&b;</d>"))), "DTD" },
        { "bien-ban.docx", Docx(("word/media/zeros.bin", new byte[30 * 1024 * 1024])), "bom nén" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_evidence_is_refused_and_leaves_no_file(string name, byte[] content, string reason)
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "1.8");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var before = await app.WithDb(db => db.EvidenceFiles.CountAsync());
        var filesBefore = StoredFiles();

        var response = await teacher.UploadAsync($"/tien-do/dong/{row}?handler=Upload", name, content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("không nhận", text);
        Assert.Contains(reason, text);
        Assert.Equal(before, await app.WithDb(db => db.EvidenceFiles.CountAsync()));
        Assert.Equal(filesBefore, StoredFiles());
    }

    [Fact]
    public async Task Good_files_pass_and_names_are_cleaned_of_invisible_and_reserved_parts()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "4.1");
        var teacher = await app.SignedInAsync("hieutruong.dinhphuoc");
        Assert.Equal(HttpStatusCode.OK, (await teacher.UploadAsync($"/tien-do/dong/{row}?handler=Upload", "anh\u202Egnp.pdf", Pdf("1 0 obj << /Title (ok) >> endobj"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.UploadAsync($"/tien-do/dong/{row}?handler=Upload", "CON.png", Png())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.UploadAsync($"/tien-do/dong/{row}?handler=Upload", "ke-hoach.docx", Docx(("word/media/image1.png", Png())))).StatusCode);
        var names = await app.WithDb(db => db.EvidenceFiles.Where(f => f.PlanRowId == row).Select(f => f.FileName).ToListAsync());
        Assert.Contains("anhgnp.pdf", names);
        Assert.Contains("_CON.png", names);
        Assert.Contains("ke-hoach.docx", names);

        var id = await app.WithDb(db => db.EvidenceFiles.Where(f => f.PlanRowId == row && f.FileName == "anhgnp.pdf").Select(f => f.Id).FirstAsync());
        var download = await teacher.GetAsync($"/ke-hoach/{planId}/minh-chung?handler=File&fileId={id}");
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("anhgnp.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
    }

    [Fact]
    public async Task Shared_fixture_documents_pass_the_inspection()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(CaiTien.Testing.SharedPaths.RepoRoot, "..", "shared", "fixtures"), "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".docx") || p.EndsWith(".xlsx")))
        {
            await using var stream = File.OpenRead(path);
            var kind = FileKinds.Detect(stream);
            Assert.NotNull(kind);
            Assert.Null(UploadInspection.Problem(stream, kind));
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Macro_word_import_is_refused_and_its_staged_file_removed()
    {
        var client = await app.SignedInAsync("hieutruong.phuongdongb");
        var response = await client.UploadAsync("/ke-hoach/nhap-van-ban?handler=Upload", "ke-hoach.docx", Docx(("word/vbaProject.bin", [1, 2, 3])));
        var html = await response.TextAsync();
        Assert.Contains("macro", html);
        Assert.Contains("chưa có gì được ghi", html);
        var imports = Path.Combine(app.DataFolder, "imports");
        Assert.Empty(Directory.Exists(imports) ? Directory.GetFiles(imports, "*", SearchOption.AllDirectories) : []);
    }

    private string[] StoredFiles()
    {
        var root = Path.Combine(app.DataFolder, "evidence");
        return Directory.Exists(root) ? [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order()] : [];
    }
}
