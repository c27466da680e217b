using CaiTien.Documents.Import;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Issue 17 item 6: a Word 97–2003 file is converted with LibreOffice (scripts/test.sh installs
/// libreoffice-writer-nogui) and imported; without LibreOffice it is refused with how to save it as .docx.</summary>
public class LegacyDocTests
{
    private static byte[] AsDoc(byte[] docx) => CaiTien.Testing.LegacyWord.FromDocx(docx);

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
