using SkiaSharp;

namespace CaiTien.Documents.Letters.Pdf;

/// <summary>Places a table: header rows repeated on every page it runs onto, rows kept whole where they fit on
/// a page, taller rows continued line by line, cell text wrapped in its column.</summary>
internal static class PdfTableFlow
{
    private sealed record LaidCell(float X, float Width, List<PdfItem> Items, bool Centered, bool MergedWithAbove, List<PdfItem> RepeatItems)
    {
        public float ContentHeight(int from = 0) => Items.Skip(from).Sum(i => i.Height);
    }

    private sealed record LaidRow(TableRow Row, List<LaidCell> Cells);

    public static void Place(PdfPageFlow flow, TableBlock table, float x, float width)
    {
        var padX = table.Borders ? 3.5f : 0;
        var padY = table.Borders ? 2.5f : 0;
        var total = table.RelativeWidths.Sum();
        var columnWidths = table.RelativeWidths.Select(w => (float)(width * w / total)).ToArray();
        var rows = table.Rows.Select(r => Lay(flow.Layout, r, columnWidths, padX, table.SizePt)).ToList();
        var headers = rows.Take(table.HeaderRowCount).ToList();
        var headerHeight = headers.Sum(h => RowHeight(h, padY));
        var freshY = float.NaN;

        void CloseBottom()
        {
            if (table.Borders) flow.Canvas.DrawLine(x, flow.Y, x + width, flow.Y, flow.LinePaint);
        }

        void NewPageWithHeaders()
        {
            CloseBottom();
            flow.NewPage();
            foreach (var header in headers) DrawFragment(flow, header, header.Cells.Select(_ => 0).ToArray(), null, x, padX, padY, table.Borders);
            freshY = flow.Y;
        }

        var body = rows.Skip(headers.Count).ToList();
        var firstNeed = headerHeight + (body.Count > 0 ? Math.Min(RowHeight(body[0], padY), 60) : 0);
        if (flow.Y + firstNeed > flow.Bottom && !flow.AtPageTop) flow.NewPage();
        foreach (var header in headers) DrawFragment(flow, header, header.Cells.Select(_ => 0).ToArray(), null, x, padX, padY, table.Borders);
        freshY = flow.Y;

        for (var r = 0; r < body.Count; r++)
        {
            var row = body[r];
            var start = row.Cells.Select(_ => 0).ToArray();
            if (row.Row.KeepWithNext && r + 1 < body.Count)
            {
                var next = Math.Min(RowHeight(body[r + 1], padY), 60);
                if (flow.Y + RowHeight(row, padY) + next > flow.Bottom && flow.Y > freshY + 0.01f) NewPageWithHeaders();
            }
            while (true)
            {
                var full = row.Cells.Select((c, i) => c.ContentHeight(start[i])).Max() + 2 * padY;
                if (flow.Y + full <= flow.Bottom + 0.01f)
                {
                    DrawFragment(flow, row, start, null, x, padX, padY, table.Borders, firstOnPage: flow.Y <= freshY + 0.01f);
                    break;
                }
                var fitsOnFreshPage = full <= flow.PageBodyHeight - headerHeight;
                var isFresh = flow.Y <= freshY + 0.01f;
                if (row.Row.CantSplit && fitsOnFreshPage && !isFresh)
                {
                    NewPageWithHeaders();
                    continue;
                }
                var available = flow.Bottom - flow.Y - 2 * padY;
                var ends = row.Cells.Select((c, i) => TakeFitting(c, start[i], available)).ToArray();
                var progress = ends.Select((e, i) => e - start[i]).Sum();
                if (progress == 0)
                {
                    if (!isFresh)
                    {
                        NewPageWithHeaders();
                        continue;
                    }
                    // A single line taller than a page: draw it anyway so the table always advances.
                    ends = row.Cells.Select((c, i) => Math.Min(c.Items.Count, start[i] + 1)).ToArray();
                }
                DrawFragment(flow, row, start, ends, x, padX, padY, table.Borders, flow.Bottom - flow.Y, isFresh);
                start = ends;
                if (row.Cells.Select((c, i) => start[i] < c.Items.Count).Any(b => b)) NewPageWithHeaders();
                else break;
            }
        }
        CloseBottom();
    }

    private static int TakeFitting(LaidCell cell, int from, float available)
    {
        float used = 0;
        var end = from;
        while (end < cell.Items.Count && used + cell.Items[end].Height <= available + 0.01f) used += cell.Items[end++].Height;
        return end;
    }

    private static float RowHeight(LaidRow row, float padY) => row.Cells.Max(c => c.ContentHeight()) + 2 * padY;

    private static LaidRow Lay(PdfTextLayout layout, TableRow row, float[] columnWidths, float padX, double size)
    {
        var cells = new List<LaidCell>();
        var column = 0;
        float x = 0;
        foreach (var cell in row.Cells)
        {
            var span = Math.Max(1, Math.Min(cell.ColumnSpan, columnWidths.Length - column));
            var width = columnWidths.Skip(column).Take(span).Sum();
            var items = cell.Content.SelectMany(b => layout.Layout(b, width - 2 * padX, size)).ToList();
            cells.Add(cell.MergeWithAbove
                ? new LaidCell(x, width, [], cell.VerticallyCentered, true, items)
                : new LaidCell(x, width, items, cell.VerticallyCentered, false, []));
            column += span;
            x += width;
        }
        return new LaidRow(row, cells);
    }

    /// <summary>Draws part of a row: each cell's top (unless merged with the cell above), left and right lines;
    /// the line under the last row on a page is drawn when the page or the table ends.</summary>
    private static void DrawFragment(PdfPageFlow flow, LaidRow row, int[] start, int[]? end, float x, float padX, float padY, bool borders, float? forcedHeight = null, bool firstOnPage = false)
    {
        var slices = row.Cells.Select((c, i) => c.Items.Skip(start[i]).Take((end?[i] ?? c.Items.Count) - start[i]).ToList()).ToList();
        var height = slices.Max(s => s.Sum(item => item.Height)) + 2 * padY;
        if (forcedHeight is { } forced) height = Math.Max(height, forced);
        var canvas = flow.Canvas;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            var left = x + cell.X;
            if (borders)
            {
                // A merged cell has no line above it, except at the top of a page (under the repeated header).
                if (!cell.MergedWithAbove || firstOnPage) canvas.DrawLine(left, flow.Y, left + cell.Width, flow.Y, flow.LinePaint);
                canvas.DrawLine(left, flow.Y, left, flow.Y + height, flow.LinePaint);
                canvas.DrawLine(left + cell.Width, flow.Y, left + cell.Width, flow.Y + height, flow.LinePaint);
            }
            if (cell.MergedWithAbove && firstOnPage && start[i] == 0)
                slices[i] = cell.RepeatItems.TakeWhile((_, k) => cell.RepeatItems.Take(k + 1).Sum(item => item.Height) <= height - 2 * padY).ToList();
            var contentHeight = slices[i].Sum(item => item.Height);
            var y = flow.Y + padY + (cell.Centered ? (height - 2 * padY - contentHeight) / 2 : 0);
            foreach (var item in slices[i])
            {
                item.Draw(canvas, left + padX, y, cell.Width - 2 * padX, item is PdfRule ? flow.LinePaint : flow.TextPaint);
                y += item.Height;
            }
        }
        flow.Y += height;
    }
}
