namespace CaiTien.Documents.Letters;

/// <summary>Page setup and type sizes of Nghị định 30/2020/NĐ-CP, Phụ lục I (see docs/document-layout.md).</summary>
public static class LetterStyle
{
    public const string FontFamily = "Times New Roman";

    public const double PointsPerMm = 72.0 / 25.4;

    public const double A4WidthMm = 210;
    public const double A4HeightMm = 297;
    public const double MarginTopMm = 20;
    public const double MarginBottomMm = 20;
    public const double MarginLeftMm = 30;
    public const double MarginRightMm = 15;

    /// <summary>Distance of the page-number line from the top edge, inside the top margin.</summary>
    public const double HeaderDistanceMm = 10;

    public const double BodySizePt = 14;
    public const double TableSizePt = 12;
    public const double HeaderBlockSizePt = 13;
    public const double AgencySizePt = 12;
    public const double NationalNameSizePt = 12;
    public const double MottoSizePt = 13;
    public const double NumberSizePt = 13;
    public const double PageNumberSizePt = 13;
    public const double RecipientsLabelSizePt = 12;
    public const double RecipientsSizePt = 11;

    /// <summary>First-line indent of body paragraphs (1 cm).</summary>
    public const double FirstLineIndentPt = 10 * PointsPerMm;

    /// <summary>Space between body paragraphs (minimum 6 pt).</summary>
    public const double ParagraphSpacePt = 6;

    public static double PageWidthPt(PageOrientation o) => (o == PageOrientation.Portrait ? A4WidthMm : A4HeightMm) * PointsPerMm;

    public static double PageHeightPt(PageOrientation o) => (o == PageOrientation.Portrait ? A4HeightMm : A4WidthMm) * PointsPerMm;

    public static double TextWidthPt(PageOrientation o) => PageWidthPt(o) - (MarginLeftMm + MarginRightMm) * PointsPerMm;
}
