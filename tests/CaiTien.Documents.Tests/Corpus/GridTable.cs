using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>A table as the variants write it, before it becomes Word or Excel: a cell spans columns and may start
/// or continue a vertical merge.</summary>
public sealed record GridCell(string Text, int Span = 1, bool MergeStart = false, bool MergeContinue = false);

public sealed record GridRow(IReadOnlyList<GridCell> Cells, bool IsHeader = false);

/// <summary>Builds the plan table of a variant as one or more segments (tables) of rows.</summary>
public static class GridTableBuilder
{
    public static List<List<GridRow>> Build(PlanDocument plan, TableLayout layout)
    {
        var fields = layout.Fields;
        var header = HeaderRows(layout);
        if (layout.TitleRowInTable) header.Insert(0, Spanning($"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC {plan.SchoolYear}", fields.Count));
        var segments = new List<List<GridRow>> { new(header) };
        int? level = null;
        int? standard = null;
        var continueAt = layout.ContinueRow || layout.ContinueRowIntoNextTable ? LongestRow(plan) : -1;
        var splitAfter = layout.ContinueRowIntoNextTable ? continueAt : layout.SplitAfterItem;
        for (var i = 0; i < plan.Items.Count; i++)
        {
            var item = plan.Items[i];
            var rows = segments[^1];
            if (item.TargetLevel is { } l && l != level)
            {
                rows.Add(Spanning($"MỨC {l}", fields.Count));
                level = l;
                standard = null;
            }
            var s = int.Parse(item.Criterion[..item.Criterion.IndexOf('.')]);
            var newStandard = s != standard;
            if (newStandard && layout.StandardRows) rows.Add(Spanning($"Tiêu chuẩn {s}", fields.Count));
            if (newStandard && layout.RomanStandardRows)
                rows.Add(new GridRow([new GridCell(Roman(s)), new GridCell($"Tiêu chuẩn {s}", fields.Count - 1), .. Enumerable.Repeat(new GridCell("", 0), fields.Count - 2)]));
            var sameCriterionAbove = layout.MergeSameCriterion && i > 0 && plan.Items[i - 1].Criterion == item.Criterion && i - 1 != splitAfter;
            var sameCriterionBelow = layout.MergeSameCriterion && i + 1 < plan.Items.Count && plan.Items[i + 1].Criterion == item.Criterion && i != splitAfter;
            standard = s;
            var sameStandardNext = i + 1 < plan.Items.Count && plan.Items[i + 1].Criterion.StartsWith($"{s}.", StringComparison.Ordinal)
                && plan.Items[i + 1].TargetLevel == item.TargetLevel && i != splitAfter;

            var (first, second) = i == continueAt ? SplitTexts(item, fields) : (null, null);
            var cells = new List<GridCell>();
            foreach (var f in fields)
            {
                var text = f switch
                {
                    "stt" => (i + 1).ToString(),
                    "blank" or "monitoring" or "progress" => "",
                    "criterion" => layout.CriterionCell(item),
                    "standard" => $"Tiêu chuẩn {s}",
                    _ => first?.GetValueOrDefault(f) ?? TableLayout.Value(item, f) ?? "",
                };
                if (f == "criterion" && (sameCriterionAbove || sameCriterionBelow))
                    cells.Add(new GridCell(sameCriterionAbove ? "" : text, MergeStart: !sameCriterionAbove, MergeContinue: sameCriterionAbove));
                else if (f == "standard")
                    cells.Add(new GridCell(newStandard ? text : "", MergeStart: newStandard && sameStandardNext, MergeContinue: !newStandard));
                else cells.Add(new GridCell(text));
            }
            rows.Add(new GridRow(cells));
            if (i == splitAfter && i + 1 < plan.Items.Count)
            {
                segments.Add(layout.RepeatHeaderOnSplit ? new(header) : new());
                rows = segments[^1];
                standard = layout.StandardColumn ? null : standard;
            }
            if (second is not null)
                rows.Add(new GridRow(fields.Select(f => new GridCell(second.GetValueOrDefault(f) ?? "")).ToList()));
            if (layout.HeaderCopyMidTable && i == plan.Items.Count / 2 - 1) rows.AddRange(header.Select(h => h with { IsHeader = false }));
        }
        return segments;
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => "V" };

    private static GridRow Spanning(string text, int width) => new([new GridCell(text, width), .. Enumerable.Repeat(new GridCell("", 0), width - 1)]);

    private static List<GridRow> HeaderRows(TableLayout layout)
    {
        var fields = layout.Fields;
        var rows = new List<GridRow>();
        var group = layout.PeopleGroupHeader ? GroupRun(fields, ["lead", "coordinators"], "Người thực hiện")
            : layout.TwoRowHeader ? GroupRun(fields, ["targetResult", "tasks", "measures", "resultIndicator", "weakness"], "Nội dung thực hiện") : null;
        if (group is { } g)
        {
            var top = new List<GridCell>();
            var sub = new List<GridCell>();
            for (var c = 0; c < fields.Count; c++)
            {
                if (c == g.Start) top.Add(new GridCell(g.Label, g.Length));
                else if (c > g.Start && c < g.Start + g.Length) top.Add(new GridCell("", 0));
                else top.Add(new GridCell(layout.Header(fields[c]), MergeStart: true));
                sub.Add(c >= g.Start && c < g.Start + g.Length ? new GridCell(layout.Header(fields[c])) : new GridCell("", MergeContinue: true));
            }
            rows.Add(new GridRow(top, layout.MarkRepeatedHeader));
            rows.Add(new GridRow(sub, layout.MarkRepeatedHeader));
        }
        else rows.Add(new GridRow(fields.Select(f => new GridCell(layout.Header(f))).ToList(), layout.MarkRepeatedHeader));
        if (layout.NumberingRow) rows.Add(new GridRow(fields.Select((_, i) => new GridCell($"({i + 1})")).ToList(), layout.MarkRepeatedHeader));
        return rows;
    }

    /// <summary>The first run of two or more adjacent content columns, grouped under one heading.</summary>
    private static (int Start, int Length, string Label)? GroupRun(IReadOnlyList<string> fields, string[] content, string label)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var n = 0;
            while (i + n < fields.Count && content.Contains(fields[i + n])) n++;
            if (n >= 2) return (i, n, label);
        }
        return null;
    }

    private static int LongestRow(PlanDocument plan) =>
        plan.Items.Select((item, i) => (Length: (item.Tasks ?? item.TargetResult ?? "").Length, i)).MaxBy(x => x.Length).i;

    /// <summary>Each long text cut near its middle before a lowercase word, as a page break cuts a row.</summary>
    private static (Dictionary<string, string>, Dictionary<string, string>) SplitTexts(PlanItem item, IReadOnlyList<string> fields)
    {
        var first = new Dictionary<string, string>();
        var second = new Dictionary<string, string>();
        foreach (var f in fields)
        {
            var text = TableLayout.Value(item, f);
            if (text is null) continue;
            var cut = -1;
            for (var at = text.Length / 2; at < text.Length - 1; at++)
                if (text[at] == ' ' && char.IsLower(text[at + 1]) && text[at - 1] != '-') { cut = at; break; }
            if (cut < 0) continue;
            first[f] = text[..cut];
            second[f] = text[(cut + 1)..];
        }
        return (first, second);
    }
}
