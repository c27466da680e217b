using System.Diagnostics;
using CaiTien.Documents.Import;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Issue 17 item 6: a Word 97–2003 file is converted with LibreOffice (scripts/test.sh installs
/// libreoffice-writer-nogui) and imported; without LibreOffice it is refused with how to save it as .docx.</summary>
public class LegacyDocTests
{
    /// <summary>Makes a real .doc the way a school's old Word would have saved it: LibreOffice's "MS Word 97" filter.</summary>
    private static byte[] AsDoc(byte[] docx)
    {
        var soffice = LegacyWordConverter.FindSoffice();
        Assert.True(soffice is not null, "LibreOffice (soffice) is needed; scripts/test.sh installs libreoffice-writer-nogui.");
        var work = Directory.CreateTempSubdirectory("caitien-doc-test-");
        try
        {
            File.WriteAllBytes(Path.Combine(work.FullName, "plan.docx"), docx);
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            using var process = Process.Start(new ProcessStartInfo(soffice!, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", work.FullName, Path.Combine(work.FullName, "plan.docx")])
                { RedirectStandardOutput = true, RedirectStandardError = true })!;
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "soffice did not finish");
            return File.ReadAllBytes(Path.Combine(work.FullName, "plan.doc"));
        }
        finally { work.Delete(true); }
    }

    [Fact]
    public void Word_97_file_is_converted_with_LibreOffice_and_imported()
    {
        var file = Corpus.Variants.Build("plain").First(f => f.PlanId == "mn-hoa-mai");
        var doc = AsDoc(file.Bytes);
        Assert.True(LegacyWordConverter.IsWord97(doc));
        var result = PlanImporter.Import(new MemoryStream(doc), "ke-hoach.doc");
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var score = Corpus.PlanDiff.Compare(file.Expected, System.Text.Json.Nodes.JsonNode.Parse(CaiTien.Documents.Interchange.PlanJson.Serialize(result.Plan!)));
        Assert.True(score.Wrong.Count == 0, string.Join("\n", score.Wrong));
    }

    [Fact]
    public void Without_LibreOffice_a_doc_is_refused_with_how_to_save_it_as_docx()
    {
        var error = Assert.Throws<ImportException>(() => LegacyWordConverter.ToDocx([0xD0, 0xCF, 0x11, 0xE0], soffice: null));
        Assert.Contains("Lưu thành", error.Message);
        Assert.Contains(".docx", error.Message);
    }
}
