using CaiTien.Documents.Letters;
using CaiTien.Documents.Letters.Docx;
using CaiTien.Documents.Letters.Pdf;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace CaiTien.Documents.Tests.Export;

/// <summary>The letter frame is reusable: a council decision built from plain records gets the same header,
/// title, recipients and signer block as the plan.</summary>
public class OfficialLetterTests
{
    private static readonly OfficialLetter Decision = new()
    {
        GoverningBody = "UBND huyện Dầu Tiếng",
        IssuerName = "Trường Tiểu học Định Phước",
        DocumentNumber = "5/QĐ-THĐP",
        TypeAbbreviation = "QĐ",
        Place = "Định Hiệp",
        IssuedOn = new DateOnly(2024, 2, 3),
        DocumentType = "Quyết định",
        Summary = "Về việc thành lập Hội đồng tự đánh giá",
        Recipients = ["Như Điều 3;", "Lưu: VT."],
        Signer = new LetterSigner("Phó hiệu trưởng", "Nguyễn Văn A", "KT. Hiệu trưởng"),
    };

    private static LetterDocument Compose(OfficialLetter letter, List<string> warnings) => OfficialLetterFrame.Compose(letter,
        [new LetterSection(PageOrientation.Portrait, [new ParagraphBlock("Điều 1. Thành lập Hội đồng tự đánh giá gồm các ông (bà) có tên sau.")])],
        warnings);

    [Fact]
    public void A_decision_reuses_the_frame_in_word_and_pdf()
    {
        var warnings = new List<string>();
        var letter = Compose(Decision, warnings);
        Assert.Empty(warnings);

        using var docx = new MemoryStream();
        DocxLetterRenderer.Render(letter, docx);
        using (var reader = new DocxTestReader(docx.ToArray()))
        {
            Assert.Empty(new OpenXmlValidator().Validate(reader.Document));
            var text = DocxTestReader.Text(reader.Body);
            Assert.Contains("Số: 05/QĐ-THĐP", text);
            Assert.Contains("Định Hiệp, ngày 03 tháng 02 năm 2024", text);
            Assert.Contains("QUYẾT ĐỊNH", text);
            Assert.Contains("KT. HIỆU TRƯỞNGPHÓ HIỆU TRƯỞNG", text);
            Assert.Contains("- Như Điều 3;- Lưu: VT.", text);
        }

        using var pdf = new MemoryStream();
        PdfLetterRenderer.Render(letter, pdf);
        using var document = PdfDocument.Open(pdf.ToArray());
        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("THĐP", document.GetPage(1).Text);
    }

    [Fact]
    public void Missing_parts_of_the_frame_become_blanks_with_warnings()
    {
        var warnings = new List<string>();
        Compose(new OfficialLetter { IssuerName = "Trường A", TypeAbbreviation = "QĐ" }, warnings);
        Assert.Equal(6, warnings.Count);
        var blank = new List<string>();
        Assert.Equal("Số: …/QĐ-…", OfficialLetterFrame.NumberLine(new OfficialLetter { TypeAbbreviation = "QĐ" }, blank));
        Assert.Equal("Số: 07/KH-…", OfficialLetterFrame.NumberLine(new OfficialLetter { DocumentNumber = "7" }, blank));
        Assert.Equal(["- Lưu: VT."], OfficialLetterFrame.RecipientLines([]));
        Assert.Equal(["- Phòng GDĐT;", "- Lưu VT."], OfficialLetterFrame.RecipientLines(["Phòng GDĐT;", "Lưu VT"]));
    }
}
