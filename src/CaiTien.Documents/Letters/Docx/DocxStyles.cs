using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Documents.Letters.Docx;

/// <summary>Document defaults (Times New Roman, black, 14 pt, Vietnamese) and the page-number header.</summary>
internal static class DocxStyles
{
    public static void Add(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        var size = ((int)(LetterStyle.BodySizePt * 2)).ToString();
        stylesPart.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = LetterStyle.FontFamily, HighAnsi = LetterStyle.FontFamily, ComplexScript = LetterStyle.FontFamily, EastAsia = LetterStyle.FontFamily },
                    new Color { Val = "000000" },
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle())
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Normal Table" },
                new UIPriority { Val = 99 },
                new SemiHidden(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        foreach (var field in FieldKeys)
            stylesPart.Styles.Append(new Style(new StyleName { Val = FieldStyleId(field) }, new BasedOn { Val = "Normal" }, new UIPriority { Val = 99 })
                { Type = StyleValues.Paragraph, StyleId = FieldStyleId(field), CustomStyle = true });
    }

    /// <summary>Plan fields a joined table cell can print; each has a paragraph style that looks like Normal.</summary>
    public static readonly string[] FieldKeys =
    [
        "criterion", "weakness", "targetResult", "tasks", "measures", "resultIndicator", "lead", "coordinators", "timeText",
        "budgetText", "fundingSource", "support", "evidence", "notes", OfficialLetterFrame.FixedLine,
    ];

    /// <summary>"CaiTienFieldmeasures" style id; the import reads it back (Import/Docx/DocxReader).</summary>
    public static string FieldStyleId(string field) => FieldStylePrefix + field;

    public const string FieldStylePrefix = "CaiTienField";

    /// <summary>Nghị định 30: page numbers in Arabic digits, 13–14 pt, upright, centered in the top margin.</summary>
    public static Header PageNumberHeader()
    {
        var halfPoints = ((int)(LetterStyle.PageNumberSizePt * 2)).ToString();
        var number = new Run(new RunProperties(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints }), new Text("2"));
        return new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(number) { Instruction = " PAGE " }));
    }
}
