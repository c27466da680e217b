using SkiaSharp;

namespace CaiTien.Documents.Letters.Pdf;

/// <summary>Fills pages top to bottom: starts pages with the section's orientation, keeps headings with what
/// follows, drops gaps at the top of a page, and numbers pages from 2 in the top margin.</summary>
internal sealed class PdfPageFlow(SKDocument document, PdfTextLayout layout) : IDisposable
{
    private readonly SKPaint _paint = new() { Color = SKColors.Black, IsAntialias = true, StrokeWidth = 0.75f, Style = SKPaintStyle.Fill };
    private readonly SKPaint _linePaint = new() { Color = SKColors.Black, IsAntialias = true, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke };
    private SKCanvas? _canvas;
    private PageOrientation _orientation;

    public int PageCount { get; private set; }
    public float Y { get; set; }
    public float Top => (float)(LetterStyle.MarginTopMm * LetterStyle.PointsPerMm);
    public float Bottom => (float)(LetterStyle.PageHeightPt(_orientation) - LetterStyle.MarginBottomMm * LetterStyle.PointsPerMm);
    public float Left => (float)(LetterStyle.MarginLeftMm * LetterStyle.PointsPerMm);
    public float TextWidth => (float)LetterStyle.TextWidthPt(_orientation);
    public bool AtPageTop => Y <= Top + 0.01f;
    public float Remaining => Bottom - Y;
    public float PageBodyHeight => Bottom - Top;
    public SKCanvas Canvas => _canvas ?? throw new InvalidOperationException("No page is open.");
    public SKPaint TextPaint => _paint;
    public SKPaint LinePaint => _linePaint;
    public PdfTextLayout Layout => layout;

    public void StartSection(PageOrientation orientation)
    {
        EndPage();
        _orientation = orientation;
        NewPage();
    }

    public void NewPage()
    {
        EndPage();
        _canvas = document.BeginPage((float)LetterStyle.PageWidthPt(_orientation), (float)LetterStyle.PageHeightPt(_orientation));
        PageCount++;
        Y = Top;
    }

    /// <summary>Places items in the text column, moving to a new page where one does not fit.</summary>
    public void Place(IReadOnlyList<PdfItem> items, float x, float width, float followingHeight = 0)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.IsGap && AtPageTop) continue;
            var needed = item.Height;
            if (item.KeepWithNext)
            {
                // A heading moves on when the rest of it and the start of what follows do not fit.
                needed = items.Skip(i).TakeWhile(t => t.KeepWithNext).Sum(t => t.Height)
                    + (items.Skip(i).Any(t => !t.KeepWithNext) ? items.Skip(i).First(t => !t.KeepWithNext).Height : followingHeight);
            }
            if (Y + needed > Bottom && !AtPageTop)
            {
                NewPage();
                if (item.IsGap) continue;
            }
            item.Draw(Canvas, x, Y, width, item is PdfRule ? _linePaint : _paint);
            Y += item.Height;
        }
    }

    public void EndPage()
    {
        if (_canvas is null) return;
        if (PageCount > 1) DrawPageNumber();
        document.EndPage();
        _canvas = null;
    }

    private void DrawPageNumber()
    {
        var font = layout.Font(false, false, LetterStyle.PageNumberSizePt);
        var text = PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var x = (float)(LetterStyle.PageWidthPt(_orientation) / 2);
        var baseline = (float)(LetterStyle.HeaderDistanceMm * LetterStyle.PointsPerMm) - font.Metrics.Ascent;
        Canvas.DrawText(text, x, baseline, SKTextAlign.Center, font, _paint);
    }

    public void Dispose()
    {
        _paint.Dispose();
        _linePaint.Dispose();
    }
}
