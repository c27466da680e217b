using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace CaiTien.Documents.Tests.Export;

/// <summary>A plan with nothing but a school and a year still exports in every format, with warnings.</summary>
public class EmptyPlanTests
{
    private static readonly PlanDocument Empty = new() { School = new SchoolInfo { Name = "Trường Mầm non Hoa Sen" }, SchoolYear = "2025-2026" };

    [Fact]
    public void Word_file_is_valid_and_warns_about_the_missing_table()
    {
        using var stream = new MemoryStream();
        var warnings = PlanDocxWriter.Write(Empty, stream);
        Assert.Contains(warnings, w => w.Contains("bảng kế hoạch", StringComparison.Ordinal));
        using var reader = new DocxTestReader(stream.ToArray());
        Assert.Empty(new OpenXmlValidator().Validate(reader.Document));
        Assert.Contains("Cải tiến chất lượng giáo dục năm học 2025 - 2026", DocxTestReader.Text(reader.Body));
    }

    [Fact]
    public void Pdf_and_workbook_are_readable()
    {
        using var pdf = new MemoryStream();
        Assert.NotEmpty(PlanPdfWriter.Write(Empty, pdf));
        using (var document = PdfDocument.Open(pdf.ToArray())) Assert.True(document.NumberOfPages >= 1);

        using var xlsx = new MemoryStream();
        PlanXlsxWriter.Write(Empty, xlsx);
        xlsx.Position = 0;
        using var book = SpreadsheetDocument.Open(xlsx, false);
        Assert.Empty(new OpenXmlValidator().Validate(book));
    }
}
