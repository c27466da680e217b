using System.Text;
using SkiaSharp;

namespace CaiTien.Documents.Letters.Pdf;

/// <summary>Breaks paragraphs into lines: greedy word wrap, words longer than a line broken by characters,
/// first-line indent, left/center/right/justified alignment.</summary>
internal sealed class PdfTextLayout(SerifFonts fonts) : IDisposable
{
    private readonly Dictionary<(bool, bool, double), SKFont> _cache = [];

    public SKFont Font(bool bold, bool italic, double size)
    {
        if (!_cache.TryGetValue((bold, italic, size), out var font))
            _cache[(bold, italic, size)] = font = fonts.Font(bold, italic, size);
        return font;
    }

    public float LineHeight(SKFont font, double spacing) => font.Spacing * (float)spacing;

    public List<PdfItem> Layout(Block block, float width, double inheritedSize) => block switch
    {
        ParagraphBlock p => LayoutParagraph(p, width, inheritedSize),
        RuleBlock r => [new PdfRule((float)r.WidthPt, (float)r.SpaceBeforePt) { Height = (float)(r.SpaceBeforePt + 1 + r.SpaceAfterPt) }],
        SpacerBlock s => [new PdfGap { Height = (float)s.HeightPt }],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Tables are laid out by the page flow."),
    };

    private List<PdfItem> LayoutParagraph(ParagraphBlock p, float width, double inheritedSize)
    {
        if (p.Hidden) return [];
        var size = p.SizePt > 0 ? p.SizePt : inheritedSize;
        var words = Words(p, size);
        var items = new List<PdfItem>();
        if (p.SpaceBeforePt > 0) items.Add(new PdfGap { Height = (float)p.SpaceBeforePt });

        var line = new List<Word>();
        var firstLine = true;
        float used = 0;
        foreach (var word in words.SelectMany(w => SplitIfTooLong(w, width - (float)p.FirstLineIndentPt)))
        {
            var available = width - (firstLine ? (float)p.FirstLineIndentPt : 0);
            var gap = line.Count > 0 && word.SpaceBefore ? word.SpaceWidth : 0;
            if (line.Count > 0 && used + gap + word.Width > available + 0.01f)
            {
                items.Add(MakeLine(p, line, width, firstLine, last: false));
                line = [];
                used = 0;
                gap = 0;
                firstLine = false;
            }
            line.Add(word);
            used += gap + word.Width;
        }
        items.Add(MakeLine(p, line, width, firstLine, last: true, emptyFont: Font(false, false, size)));
        if (p.SpaceAfterPt > 0) items.Add(new PdfGap { Height = (float)p.SpaceAfterPt });
        if (p.KeepWithNext) foreach (var item in items) item.KeepWithNext = true;
        return items;
    }

    private PdfTextLine MakeLine(ParagraphBlock p, List<Word> line, float width, bool first, bool last, SKFont? emptyFont = null)
    {
        var indent = first ? (float)p.FirstLineIndentPt : 0;
        var fontsInLine = line.Count > 0 ? line.Select(w => w.Font).ToList() : [emptyFont!];
        var height = fontsInLine.Max(f => LineHeight(f, p.LineSpacing));
        var ascent = fontsInLine.Max(f => -f.Metrics.Ascent);
        var natural = line.Select((w, i) => (i > 0 && w.SpaceBefore ? w.SpaceWidth : 0) + w.Width).Sum();
        var free = Math.Max(0, width - indent - natural);
        var gaps = line.Skip(1).Count(w => w.SpaceBefore);
        var extraPerGap = p.Alignment == TextAlignment.Justify && !last && gaps > 0 ? free / gaps : 0;
        var x = indent + p.Alignment switch
        {
            TextAlignment.Center => free / 2,
            TextAlignment.Right => free,
            _ => 0,
        };
        var placed = new List<(string, SKFont, float)>(line.Count);
        for (var i = 0; i < line.Count; i++)
        {
            var word = line[i];
            if (i > 0 && word.SpaceBefore) x += word.SpaceWidth + extraPerGap;
            var trailingSpace = i + 1 < line.Count ? line[i + 1].SpaceBefore : !last;
            var text = trailingSpace ? word.Text + " " : word.Text;
            // Without justification the words sit at their natural advance: one draw call per run of a font.
            if (extraPerGap == 0 && placed.Count > 0 && placed[^1].Item2 == word.Font)
                placed[^1] = (placed[^1].Item1 + text, word.Font, placed[^1].Item3);
            else
                placed.Add((text, word.Font, x));
            x += word.Width;
        }
        return new PdfTextLine { Words = placed, Height = height, Baseline = ascent + (height - fontsInLine.Max(f => f.Spacing)) / 2 };
    }

    private IEnumerable<Word> SplitIfTooLong(Word word, float width)
    {
        if (word.Width <= width || word.Text.Length <= 1)
        {
            yield return word;
            yield break;
        }
        var start = 0;
        var spaceBefore = word.SpaceBefore;
        while (start < word.Text.Length)
        {
            var count = (int)word.Font.BreakText(word.Text.AsSpan(start), width);
            count = Math.Max(1, count);
            var piece = word.Text.Substring(start, count);
            yield return word with { Text = piece, Width = word.Font.MeasureText(piece), SpaceBefore = spaceBefore };
            spaceBefore = false;
            start += count;
        }
    }

    private List<Word> Words(ParagraphBlock p, double size)
    {
        var words = new List<Word>();
        var pendingSpace = false;
        foreach (var span in p.Spans)
        {
            var font = Font(span.Bold, span.Italic, span.SizePt ?? size);
            var spaceWidth = font.MeasureText(" ");
            var text = span.Text.Normalize(NormalizationForm.FormC).Replace('\n', ' ').Replace('\t', ' ');
            var i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
                // A slash between letters ("phẩm/minh") is a break opportunity; dates ("10/2024") stay whole.
                var from = i;
                for (var k = i; k < end; k++)
                {
                    if (text[k] != '/' || k == from || k + 1 >= end || !char.IsLetter(text[k - 1]) || !char.IsLetter(text[k + 1])) continue;
                    words.Add(MakeWord(text[from..(k + 1)], font, spaceWidth, pendingSpace));
                    pendingSpace = false;
                    from = k + 1;
                }
                words.Add(MakeWord(text[from..end], font, spaceWidth, pendingSpace));
                pendingSpace = false;
                i = end;
            }
        }
        return words;
    }

    private static Word MakeWord(string text, SKFont font, float spaceWidth, bool spaceBefore) =>
        new(text, font, font.MeasureText(text), spaceWidth, spaceBefore);

    public void Dispose()
    {
        foreach (var font in _cache.Values) font.Dispose();
        _cache.Clear();
    }

    private sealed record Word(string Text, SKFont Font, float Width, float SpaceWidth, bool SpaceBefore);
}
