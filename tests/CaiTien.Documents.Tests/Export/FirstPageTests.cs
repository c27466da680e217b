using System.Text;
using CaiTien.Documents.Export;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace CaiTien.Documents.Tests.Export;

/// <summary>Issue 15 item 7: no near-empty first page. A plan whose opening is short (an Excel import without
/// purposes or bases) starts in landscape with its table on the first page; a full opening keeps its portrait page.</summary>
public class FirstPageTests
{
    private static Interchange.PlanDocument ShortOpening() => TestPlans.Load("000") with { Purposes = [], LegalBases = [], SelfAssessment = null };

    private static string Squeeze(string text) => new(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Fact]
    public void A_short_opening_shares_the_first_page_with_the_table_in_PDF()
    {
        var plan = ShortOpening();
        using var pdf = new MemoryStream();
        PlanPdfWriter.Write(plan, pdf);
        using var document = PdfDocument.Open(pdf.ToArray());
        var first = document.GetPage(1);
        Assert.True(first.Width > first.Height, "the first page is landscape");
        var text = Squeeze(first.Text);
        Assert.Contains(Squeeze("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"), text);
        Assert.Contains(Squeeze(plan.Items[0].TargetResult![..20]), text);

        using var full = new MemoryStream();
        PlanPdfWriter.Write(TestPlans.Load("000"), full);
        using var fullDocument = PdfDocument.Open(full.ToArray());
        Assert.True(fullDocument.GetPage(1).Height > fullDocument.GetPage(1).Width, "a full opening keeps its portrait first page");
    }

    [Fact]
    public void A_short_opening_starts_the_Word_letter_in_landscape()
    {
        using var docx = new MemoryStream();
        PlanDocxWriter.Write(ShortOpening(), docx);
        using var reader = new DocxTestReader(docx.ToArray());
        var firstSection = reader.Body.Descendants<SectionProperties>().First();
        Assert.Equal(PageOrientationValues.Landscape, firstSection.GetFirstChild<PageSize>()!.Orient!.Value);
    }
}
