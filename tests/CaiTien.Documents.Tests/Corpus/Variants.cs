using System.Text.Json.Nodes;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>One generated file of the corpus and the plan it must import to.</summary>
public sealed record CorpusFile(string Kind, string PlanId, string FileName, byte[] Bytes, JsonNode Expected);

/// <summary>The kinds of layout schools give their plan files, each applied to every corpus plan.</summary>
public static class Variants
{
    private sealed record Kind(string Name, bool Excel, Func<PlanDocument, TableLayout> Layout, Func<PlanDocument, PlanDocument>? Change = null, bool Money = false);

    private static TableLayout Usual(PlanDocument p) => new() { Fields = TableLayout.UsualFields(p) };

    private static List<string> With(PlanDocument p, Func<List<string>, List<string>> change) => change(TableLayout.UsualFields(p));

    private static readonly Dictionary<string, string> SynonymsA = new()
    {
        ["criterion"] = "Tiêu chí", ["targetResult"] = "Mục tiêu", ["tasks"] = "Giải pháp", ["lead"] = "Người phụ trách",
        ["timeText"] = "Thời hạn", ["budgetText"] = "Nguồn lực", ["evidence"] = "Minh chứng", ["support"] = "Hỗ trợ",
        ["weakness"] = "Tồn tại", ["measures"] = "Biện pháp", ["fundingSource"] = "Nguồn kinh phí dự kiến",
    };

    private static readonly Dictionary<string, string> SynonymsB = new()
    {
        ["criterion"] = "Tiêu chuẩn/Tiêu chí", ["targetResult"] = "Kết quả mong đợi", ["tasks"] = "Nội dung công việc",
        ["lead"] = "Đơn vị thực hiện", ["timeText"] = "Thời điểm thực hiện", ["budgetText"] = "Kinh phí dự kiến (đồng)",
        ["weakness"] = "Hạn chế", ["evidence"] = "Sản phẩm", ["support"] = "Điều kiện thực hiện", ["coordinators"] = "Đơn vị phối hợp",
        ["notes"] = "Ghi chú khác",
    };

    private static readonly Kind[] Kinds =
    [
        new("plain", false, Usual),
        new("stt-column", false, p => new() { Fields = ["stt", .. TableLayout.UsualFields(p)] }),
        new("blank-column", false, p => new() { Fields = With(p, f => { f.Insert(2, "blank"); return f; }) }),
        new("reordered", false, p => new() { Fields = With(p, f => [f[0], .. f.Skip(1).Reverse()]) }),
        new("two-row-header", false, p => Usual(p) with { TwoRowHeader = true }),
        new("numbering-row", false, p => new() { Fields = ["stt", .. TableLayout.UsualFields(p)], NumberingRow = true }),
        new("synonyms-a", false, p => Usual(p) with { Headers = SynonymsA }),
        new("synonyms-b", false, p => Usual(p) with { Headers = SynonymsB }),
        new("split-header-repeated", false, p => Usual(p) with { SplitAfterItem = p.Items.Count / 2, RepeatHeaderOnSplit = true, MarkRepeatedHeader = true }),
        new("split-no-header", false, p => Usual(p) with { SplitAfterItem = p.Items.Count / 2 }),
        new("header-copied-mid-table", false, p => Usual(p) with { HeaderCopyMidTable = true, MarkRepeatedHeader = true }),
        new("row-continued", false, p => Usual(p) with { ContinueRow = true }),
        new("row-continued-next-table", false, p => Usual(p) with { ContinueRowIntoNextTable = true, RepeatHeaderOnSplit = true }),
        new("piece-after-table", false, p => Usual(p) with { PieceAfterTable = "afterTable" }),
        new("piece-under-role", false, p => Usual(p) with { PieceAfterTable = "underRole" }),
        new("results-table-before", false, p => Usual(p) with { ResultsTableBefore = true }),
        new("tables-after", false, p => Usual(p) with { TablesAfter = true }),
        new("standard-rows", false, p => Usual(p) with { StandardRows = true }),
        new("criteria-within-standard", false, p => Usual(p) with { StandardRows = true, CriterionStyle = "withinStandard" }),
        new("standard-column-merged", false, p => new() { Fields = ["standard", .. TableLayout.UsualFields(p)], CriterionStyle = "code" }),
        new("time-phrases", false, Usual, TimePhrases),
        new("money-phrases", false, p => new() { Fields = With(p, f => { f.Remove("fundingSource"); if (!f.Contains("budgetText")) f.Add("budgetText"); return f; }) }, MoneyPhrases, Money: true),
        new("line-breaks", false, p => Usual(p) with { LineBreaks = true, TwoRowHeader = true }),
        new("code-title", false, p => new() { Fields = ["stt", .. TableLayout.UsualFields(p)], CriterionStyle = "code", Headers = SynonymsA }),
        new("title-row-in-table", false, p => Usual(p) with { TitleRowInTable = true, MarkRepeatedHeader = true }),
        new("roman-standard-rows", false, p => new() { Fields = ["stt", .. TableLayout.UsualFields(p)], RomanStandardRows = true }),
        new("criterion-merged-sub-rows", false, p => Usual(p) with { MergeSameCriterion = true }),
        new("people-group-header", false, p => new() { Fields = With(p, f => { if (!f.Contains("coordinators")) f.Insert(f.IndexOf("lead") + 1, "coordinators"); return f; }), PeopleGroupHeader = true }),
        new("monitoring-columns", false, p => new() { Fields = [.. TableLayout.UsualFields(p), "monitoring", "progress"] }),
        new("xlsx-plain", true, Usual),
        new("xlsx-two-row-header", true, p => Usual(p) with { TwoRowHeader = true }),
        new("xlsx-reordered-stt", true, p => new() { Fields = With(p, f => ["stt", f[0], .. f.Skip(1).Reverse()]), Headers = SynonymsB }),
        new("xlsx-phrases", true, p => new() { Fields = With(p, f => { f.Remove("fundingSource"); if (!f.Contains("budgetText")) f.Add("budgetText"); return f; }) }, p => MoneyPhrases(TimePhrases(p)), Money: true),
        new("xlsx-split-header-repeated", true, p => Usual(p) with { SplitAfterItem = p.Items.Count / 2, RepeatHeaderOnSplit = true, StandardRows = true }),
        new("xlsx-merged-criterion-people", true, p => new() { Fields = With(p, f => { if (!f.Contains("coordinators")) f.Insert(f.IndexOf("lead") + 1, "coordinators"); return f; }), PeopleGroupHeader = true, MergeSameCriterion = true, TitleRowInTable = true }),
    ];

    public static IReadOnlyList<string> KindNames => Kinds.Select(k => k.Name).ToList();

    public static IEnumerable<CorpusFile> Build(string? kind = null)
    {
        foreach (var (id, plan) in CorpusPlans.All())
        {
            var titles = CorpusPlans.WeakTitles(plan);
            foreach (var k in Kinds.Where(k => kind is null || k.Name == kind))
            {
                var changed = k.Change?.Invoke(plan) ?? plan;
                var layout = k.Layout(plan);
                var bytes = k.Excel ? CorpusXlsx.Write(changed, layout) : CorpusDocx.Write(changed, layout, titles);
                yield return new CorpusFile(k.Name, id, $"{id}-{k.Name}.{(k.Excel ? "xlsx" : "docx")}", bytes, Expected(changed, k));
            }
        }
    }

    private static JsonNode Expected(PlanDocument plan, Kind kind)
    {
        var json = JsonNode.Parse(PlanJson.Serialize(plan))!.AsObject();
        if (kind.Money)
        {
            var items = json["items"]!.AsArray();
            for (var i = 0; i < items.Count; i++)
                items[i]!["fundingCategories"] = new JsonArray(Phrasebook.Money[i % Phrasebook.Money.Count].Categories.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
        }
        if (!kind.Excel) return json;
        // A sheet holds the school's name, the title with its year, and the table.
        return new JsonObject { ["school"] = new JsonObject { ["name"] = plan.School.Name }, ["schoolYear"] = plan.SchoolYear, ["items"] = json["items"]!.DeepClone() };
    }

    private static PlanDocument TimePhrases(PlanDocument plan)
    {
        var times = Phrasebook.Times(plan.SchoolYear);
        return plan with { Items = plan.Items.Select((item, i) => times[i % times.Count] is var t
            ? item with { TimeText = t.Text, Start = t.Start, End = t.End, Recurrence = t.Recurrence } : item).ToList() };
    }

    private static PlanDocument MoneyPhrases(PlanDocument plan) =>
        plan with { Items = plan.Items.Select((item, i) => Phrasebook.Money[i % Phrasebook.Money.Count] is var m
            ? item with { BudgetText = m.Text, BudgetVnd = m.Vnd, FundingSource = m.Source } : item).ToList() };
}
