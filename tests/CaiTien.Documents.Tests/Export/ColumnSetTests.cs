using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Export;

public class ColumnSetTests
{
    private static readonly string[] Headings004 =
    [
        "Tiểu chuẩn", "Tiêu chí", "Điểm yếu", "Công việc cần thực hiện", "Thời điểm thực hiện", "Cá nhân/Tổ chức thực hiện",
        "Biện pháp thực hiện", "Sản phẩm/Minh chứng", "Dự kiến kinh phí thực hiện", "Dự kiến nguồn kinh phí",
    ];

    [Fact]
    public void The_2018_set_has_the_STT_and_eleven_columns_in_order()
    {
        Assert.Equal(
            ["TT", "Tiêu chí", "Điểm yếu", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì và phối hợp", "Thời gian bắt đầu",
             "Thời gian kết thúc", "Dự kiến kinh phí và nguồn", "Điều kiện hỗ trợ khác", "Sản phẩm/minh chứng", "Ghi chú"],
            ColumnSet.Regime2018.Columns.Select(c => c.Header));
        Assert.Equal(["tasks", "measures"], ColumnSet.Regime2018.Columns[4].Fields);
        Assert.Equal(["lead", "coordinators"], ColumnSet.Regime2018.Columns[5].Fields);
        Assert.Equal(["budgetText", "fundingSource"], ColumnSet.Regime2018.Columns[8].Fields);
    }

    [Fact]
    public void A_schools_own_headings_map_to_fields_and_keep_their_wording()
    {
        var warnings = new List<string>();
        var set = ColumnHeadingMatcher.FromHeadings(Headings004, warnings);
        Assert.Empty(warnings);
        Assert.Equal(Headings004, set.Columns.Select(c => c.Header));
        Assert.Equal(
            [["standard"], ["criterion"], ["weakness"], ["tasks"], ["time"], ["lead", "coordinators"], ["measures"], ["evidence"], ["budgetText"], ["fundingSource"]],
            set.Columns.Select(c => c.Fields.ToArray()));
    }

    [Fact]
    public void Plan_headings_are_used_when_present_and_unknown_headings_are_kept_blank_with_a_warning()
    {
        var plan = TestPlans.Load("004") with { ColumnHeadings = [.. Headings004, "Ý kiến phụ huynh"] };
        var warnings = new List<string>();
        var set = ColumnSet.Choose(plan, DocumentOptions.Default, warnings);
        Assert.Equal(11, set.Columns.Count);
        Assert.Empty(set.Columns[^1].Fields);
        Assert.Contains(warnings, w => w.Contains("Ý kiến phụ huynh", StringComparison.Ordinal));
    }

    [Fact]
    public void Choice_order_is_explicit_set_then_plan_headings_then_framework_keys_then_2018()
    {
        var plain = TestPlans.Load("000");
        var withHeadings = plain with { ColumnHeadings = ["Tiêu chí", "Công việc", "Ghi chú"] };
        var framework = new DocumentOptions { FrameworkPlanColumns = ["index", "criterion", "tasks", "time", "lead"] };
        var warnings = new List<string>();

        Assert.Same(ColumnSet.Regime2018, ColumnSet.Choose(plain, DocumentOptions.Default, warnings));
        Assert.Equal(["TT", "Tiêu chí", "Công việc/giải pháp", "Thời gian", "Chủ trì và phối hợp"],
            ColumnSet.Choose(plain, framework, warnings).Columns.Select(c => c.Header));
        Assert.Equal(["Tiêu chí", "Công việc", "Ghi chú"], ColumnSet.Choose(withHeadings, framework, warnings).Columns.Select(c => c.Header));
        Assert.Same(TestPlans.Bieu2, ColumnSet.Choose(withHeadings, framework with { ColumnSet = TestPlans.Bieu2 }, warnings));
        Assert.Equal(["Tiêu chí"], ColumnSet.Choose(withHeadings, new DocumentOptions { UsePlanColumnHeadings = false, FrameworkPlanColumns = ["criterion"] }, warnings).Columns.Select(c => c.Header));
    }

    [Fact]
    public void Framework_keys_build_the_2018_set_and_unknown_keys_are_reported()
    {
        var warnings = new List<string>();
        var fromKeys = ColumnSet.FromFieldKeys([.. ColumnSet.Regime2018Keys, "stamp"], warnings: warnings);
        Assert.Equal(ColumnSet.Regime2018.Columns.Select(c => (c.Header, string.Join(",", c.Fields))), fromKeys.Columns.Select(c => (c.Header, string.Join(",", c.Fields))));
        Assert.Single(warnings, w => w.Contains("stamp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_listed_on_its_own_is_not_repeated_in_the_shorthand_column()
    {
        var set = ColumnSet.FromFieldKeys(["tasks", "measures", "lead", "coordinators", "budget", "fundingSource"]);
        Assert.Equal([["tasks"], ["measures"], ["lead"], ["coordinators"], ["budgetText"], ["fundingSource"]], set.Columns.Select(c => c.Fields.ToArray()));
        Assert.Equal(["Công việc/giải pháp", "Biện pháp thực hiện", "Chủ trì", "Phối hợp", "Dự kiến kinh phí", "Nguồn kinh phí"], set.Columns.Select(c => c.Header));
    }

    [Fact]
    public void Cell_text_joins_fields_and_labels_the_secondary_ones()
    {
        var item = new PlanItem { Criterion = "1.1", Tasks = "Làm A", Measures = "Cách B", Lead = "Hiệu trưởng", Coordinators = "Tổ trưởng", Start = "2024-09", End = "2025-05" };
        var context = new PlanFieldContext(new DocumentOptions { CriterionTitles = new Dictionary<string, string> { ["1.1"] = "Phương hướng" } }, 1);
        var set = ColumnSet.Regime2018;
        Assert.Equal("1", ColumnSet.CellText(set.Columns[0], item, context));
        Assert.Equal("4", ColumnSet.CellText(set.Columns[0], item with { RowNumberAsWritten = "4" }, context));
        Assert.Equal("Tiêu chí 1.1: Phương hướng", ColumnSet.CellText(set.Columns[1], item, context));
        Assert.Equal("Làm A\nBiện pháp: Cách B", ColumnSet.CellText(set.Columns[4], item, context));
        Assert.Equal("Hiệu trưởng\nPhối hợp: Tổ trưởng", ColumnSet.CellText(set.Columns[5], item, context));
        Assert.Equal("09/2024", ColumnSet.CellText(set.Columns[6], item, context));
        Assert.Equal("Cách B", ColumnSet.CellText(set.Columns[4], item with { Tasks = null }, context));
    }

    [Fact]
    public void Fields_the_chosen_set_does_not_show_are_reported()
    {
        var plan = TestPlans.Load("004");
        var warnings = new List<string>();
        PlanTableBuilder.Build(plan, ColumnSet.FromFieldKeys(["criterion", "tasks"]), DocumentOptions.Default, warnings);
        Assert.Contains(warnings, w => w.Contains("Điểm yếu", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Sản phẩm/minh chứng", StringComparison.Ordinal));
    }
}
