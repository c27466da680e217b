using SkiaSharp;

namespace CaiTien.Documents.Letters.Pdf;

/// <summary>A laid-out slice of a block with a fixed height: one line of text, a gap or a rule. Pages are filled
/// item by item, so a long paragraph or table cell can continue on the next page.</summary>
internal abstract class PdfItem
{
    public float Height { get; init; }

    /// <summary>Moves to the next page together with the item that follows it (headings).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>Vertical space that is dropped at the top of a page.</summary>
    public virtual bool IsGap => false;

    public abstract void Draw(SKCanvas canvas, float x, float top, float width, SKPaint paint);
}

internal sealed class PdfGap : PdfItem
{
    public override bool IsGap => true;

    public override void Draw(SKCanvas canvas, float x, float top, float width, SKPaint paint) { }
}

internal sealed class PdfRule(float ruleWidth, float offset) : PdfItem
{
    public override void Draw(SKCanvas canvas, float x, float top, float width, SKPaint paint)
    {
        var left = x + (width - Math.Min(ruleWidth, width)) / 2;
        canvas.DrawLine(left, top + offset + 0.5f, left + Math.Min(ruleWidth, width), top + offset + 0.5f, paint);
    }
}

/// <summary>One line of words. Each word is drawn with the space that follows it, so text extraction and
/// copy-paste keep the word breaks even when the line is justified.</summary>
internal sealed class PdfTextLine : PdfItem
{
    public required IReadOnlyList<(string Text, SKFont Font, float X)> Words { get; init; }
    public required float Baseline { get; init; }

    /// <summary>Draws the whole line as one text blob: one positioned run per word, so a justified line costs
    /// one draw call instead of one per word.</summary>
    public override void Draw(SKCanvas canvas, float x, float top, float width, SKPaint paint)
    {
        if (Words.Count == 0) return;
        using var builder = new SKTextBlobBuilder();
        foreach (var (text, font, offset) in Words)
        {
            var glyphs = font.GetGlyphs(text);
            if (glyphs.Length == 0) continue;
            var advances = font.GetGlyphWidths(glyphs);
            var run = builder.AllocateHorizontalRun(font, glyphs.Length, 0);
            var positions = new float[glyphs.Length];
            var at = offset;
            for (var i = 0; i < glyphs.Length; i++)
            {
                positions[i] = at;
                at += advances[i];
            }
            run.SetGlyphs(glyphs);
            run.SetPositions(positions);
        }
        using var blob = builder.Build();
        if (blob is not null) canvas.DrawText(blob, x, top + Baseline, paint);
    }
}
