using CaiTien.Documents.Export;
using CaiTien.Documents.Letters;

namespace CaiTien.Documents.Tests.Export;

public class FontSubsetTests
{
    [Fact]
    public void Document_fonts_keep_the_glyphs_of_their_text_and_drop_the_others()
    {
        using var fonts = SerifFonts.Get().ForText(["Hạnh phúc"]);
        foreach (var bold in new[] { false, true })
        {
            using var subset = fonts.Font(bold, false, 12);
            using var full = SerifFonts.Get().Font(bold, false, 12);
            Assert.Equal(full.GetGlyphs("Hạnh phúc"), subset.GetGlyphs("Hạnh phúc"));
            Assert.Equal(full.MeasureText("Hạnh phúc"), subset.MeasureText("Hạnh phúc"), 0.01f);
            using (var used = subset.GetGlyphPath(subset.GetGlyphs("ạ")[0])) Assert.False(used.IsEmpty);
            using (var unused = subset.GetGlyphPath(subset.GetGlyphs("Z")[0])) Assert.True(unused.IsEmpty);
        }
    }

    [Fact]
    public void Plan_pdf_embeds_subset_fonts_only()
    {
        using var stream = new MemoryStream();
        PlanPdfWriter.Write(TestPlans.Load("000"), stream);
        // Two whole faces are about 450 KB; the subset document is well under a third of that.
        Assert.InRange(stream.Length, 10_000, 150_000);
    }
}
