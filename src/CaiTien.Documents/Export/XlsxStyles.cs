using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Documents.Export;

/// <summary>Cell styles of the plan workbook. Amounts use the built-in format 3 (<c>#,##0</c>), which Excel
/// shows with the reader's own separators: 35.000.000 on a Vietnamese system.</summary>
internal static class XlsxStyles
{
    public const uint Text = 1;
    public const uint Header = 2;
    public const uint Month = 3;
    public const uint Money = 4;
    public const uint Integer = 5;
    public const uint MonthFormatId = 164;
    public const uint ThousandsFormatId = 3;

    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font(bold: false),
            Font(bold: true))
        { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };
        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            Format(0, 0, 0, HorizontalAlignmentValues.Left),
            Format(0, 1, 2, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),
            Format(MonthFormatId, 0, 0, HorizontalAlignmentValues.Center),
            Format(ThousandsFormatId, 0, 0, HorizontalAlignmentValues.Right),
            Format(1, 0, 0, HorizontalAlignmentValues.Center))
        { Count = 6 };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = MonthFormatId, FormatCode = "mm/yyyy" }) { Count = 1 },
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = 12 }, new Color { Rgb = "FF000000" }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 });
        return font;
    }

    private static CellFormat Format(uint numberFormat, uint font, uint fill, HorizontalAlignmentValues horizontal, VerticalAlignmentValues? vertical = null) => new(
        new Alignment { Horizontal = horizontal, Vertical = vertical ?? VerticalAlignmentValues.Top, WrapText = true })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = fill,
        BorderId = 1,
        ApplyNumberFormat = numberFormat != 0,
        ApplyFont = font != 0,
        ApplyFill = fill != 0,
        ApplyBorder = true,
        ApplyAlignment = true,
    };
}
