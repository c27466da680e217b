using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Export;

/// <summary>One column of the plan table: the plan fields it shows (joined when several), its header as
/// printed, and its width relative to the other columns.</summary>
public sealed record PlanColumn(IReadOnlyList<string> Fields, string Header, double RelativeWidth);

/// <summary>The columns of the plan table, as data. Sets come from a list of field keys (a framework's
/// <c>planColumns</c>), from the headings a school's own plan uses, or from the named sets below.</summary>
public sealed record ColumnSet(string Name, IReadOnlyList<PlanColumn> Columns)
{
    /// <summary>Field keys of the 2018-circular plan table (TT17/TT18/TT19-2018 with CV 5932).</summary>
    public static readonly IReadOnlyList<string> Regime2018Keys =
        ["index", "criterion", "weakness", "targetResult", "tasks", "lead", "start", "end", "budget", "support", "evidence", "notes"];

    public static ColumnSet Regime2018 { get; } = FromFieldKeys(Regime2018Keys, "Bảng kế hoạch theo Thông tư 2018");

    /// <summary>Builds a set from field keys such as a framework's <c>planColumns</c>. Unknown keys are skipped
    /// with a warning.</summary>
    public static ColumnSet FromFieldKeys(IEnumerable<string> keys, string name = "Bảng kế hoạch", ICollection<string>? warnings = null)
    {
        var list = keys.Select(k => k.Trim()).Where(k => k.Length > 0).ToList();
        var inSet = list.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var columns = new List<PlanColumn>();
        foreach (var key in list)
        {
            if (PlanFields.Expand(key, inSet) is { } expanded) columns.Add(new PlanColumn(expanded.Fields, expanded.Header, expanded.Width));
            else warnings?.Add($"Cột \"{key}\" không phải trường của kế hoạch: bỏ qua cột này.");
        }
        return new ColumnSet(name, columns);
    }

    /// <summary>The set a document uses: the explicit one in the options, else the plan's own headings, else the
    /// framework's declared keys, else the 2018 set.</summary>
    public static ColumnSet Choose(PlanDocument plan, DocumentOptions options, ICollection<string> warnings)
    {
        if (options.ColumnSet is { Columns.Count: > 0 } explicitSet) return explicitSet;
        if (options.UsePlanColumnHeadings && plan.ColumnHeadings is { Count: > 0 } headings)
        {
            var own = ColumnHeadingMatcher.FromHeadings(headings, warnings);
            if (own.Columns.Any(c => c.Fields.Count > 0)) return own;
        }
        if (options.FrameworkPlanColumns is { Count: > 0 } keys)
        {
            var declared = FromFieldKeys(keys, "Bảng kế hoạch theo khung đánh giá", warnings);
            if (declared.Columns.Count > 0) return declared;
        }
        return Regime2018;
    }

    /// <summary>The text of one cell: the non-empty field texts joined by line breaks; a secondary field gets
    /// its label ("Phối hợp: …") when it shares the cell with another.</summary>
    public static string CellText(PlanColumn column, PlanItem item, PlanFieldContext context) =>
        string.Join("\n", CellParts(column, item, context).Select(p => p.Text));

    /// <summary>The non-empty parts of a cell, each with the field key it prints and its text (label included).</summary>
    public static List<(string Key, string Text)> CellParts(PlanColumn column, PlanItem item, PlanFieldContext context)
    {
        var parts = column.Fields
            .Select(key => (Field: PlanFields.Find(key), Key: key))
            .Where(x => x.Field is not null)
            .Select(x => (x.Field!, Text: x.Field!.Text(item, context)?.Trim()))
            .Where(x => !string.IsNullOrEmpty(x.Text))
            .ToList();
        return parts.Select((p, i) => (p.Item1.Key, parts.Count > 1 && i > 0 && p.Item1.PrefixWhenJoined is { } prefix ? prefix + p.Text! : p.Text!)).ToList();
    }
}
