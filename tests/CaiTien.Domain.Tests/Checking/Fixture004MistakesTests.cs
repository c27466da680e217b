using CaiTien.Checking;
using CaiTien.Documents.Interchange;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Each mistake CONVENTIONS.md lists for fixture 004 (Phương Đông B) that its data shows is found.</summary>
public class Fixture004MistakesTests
{
    private static readonly PlanDocument Plan = Plans.Fixture("004");
    private static readonly IReadOnlyList<Finding> Findings = Plans.Check(Plan);

    [Theory]
    [InlineData("3.4")]
    [InlineData("5.1")]
    public void Mistake1_weak_criteria_without_rows(string criterion)
    {
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "weak-criterion-without-row", Sections.SelfAssessment, criterion: criterion));
    }

    [Fact]
    public void Mistake1_weak_criteria_with_rows_are_not_flagged()
    {
        Assert.Equal(2, Findings.Count(f => f.Rule == "weak-criterion-without-row"));
    }

    [Fact]
    public void Mistake2_targets_section_drops_three_weak_criteria()
    {
        var plan = Plan with { TargetCriteria = ["1.2", "1.5", "1.7", "1.8", "1.9"] };
        var f = FindingAssert.Has(Plans.Check(plan), "weak-criterion-not-targeted", Sections.Header, field: "targetCriteria");
        FindingAssert.IsLoud(f);
        Assert.Contains("1.10, 3.4, 5.1", f.Message);
    }

    [Fact]
    public void Mistake3_tt13_cited_with_the_wrong_date()
    {
        var f = FindingAssert.Has(Findings, "legal-basis-wrong-date", Sections.LegalBases, 3);
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("26/05/2020", f.Suggestion);
        Assert.Single(Findings, x => x.Rule == "legal-basis-wrong-date");
    }

    [Fact]
    public void Mistake4_library_standards_replaced_by_tt16_2022_as_likely_not_certain()
    {
        var hits = Findings.Where(f => f.Rule == "superseded-legal-basis" && f.Location.Item == 5).ToList();
        Assert.Equal(2, hits.Count);
        Assert.All(hits, f => Assert.Equal(Severities.Warning, f.Severity));
        Assert.All(hits, f => Assert.Contains("16/2022/TT-BGDĐT", f.Message));
    }

    [Fact]
    public void Mistake5_sections_jump_from_IV_to_VI()
    {
        var plan = Plan with { SectionHeadings = ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC NĂM HỌC 2023 - 2024", "III. CHỈ TIÊU PHẤN ĐẤU CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024 - 2025", "IV. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "VI. TỔ CHỨC THỰC HIỆN"] };
        Assert.Contains("thiếu mục V", FindingAssert.Has(Plans.Check(plan), "section-numbering", Sections.Header, 4).Message);
    }

    [Fact]
    public void Mistake6_basis_missing_cu()
    {
        FindingAssert.Has(Findings, "legal-basis-wording", Sections.LegalBases, 7);
    }

    [Fact]
    public void Mistake7_table_header_typo()
    {
        var plan = Plan with { ColumnHeadings = ["Tiểu chuẩn", "Tiêu chí", "Điểm yếu", "Công việc cần thực hiện"] };
        Assert.Contains("Tiêu chuẩn", FindingAssert.Has(Plans.Check(plan), "column-heading-spelling", Sections.Items, field: "columnHeadings").Suggestion);
    }

    [Fact]
    public void Mistake8_row_1_2_misses_its_weakness_has_no_tasks_and_a_calendar_year()
    {
        var i = Plans.IndexOf(Plan, "1.2");
        Assert.Contains("Hội đồng khoa học", FindingAssert.Has(Findings, "weakness-not-addressed", Sections.Items, i, "weakness").Message);
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "no-tasks", Sections.Items, i, "tasks"));
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "calendar-year-time", Sections.Items, i, "timeText"));
    }

    [Fact]
    public void Mistake9_second_1_8_weakness_is_an_action()
    {
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "weakness-reads-as-action", Sections.Items, Plans.IndexOf(Plan, "1.8", 1), "weakness"));
        Assert.Single(Findings, f => f.Rule == "weakness-reads-as-action");
    }

    [Fact]
    public void Mistake10_row_1_7_budget_says_none_and_other_expenditure()
    {
        var i = Plans.IndexOf(Plan, "1.7");
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "budget-contradiction", Sections.Items, i, "budgetText"));
    }

    [Fact]
    public void Mistake11_criterion_titles_cut_short_are_info()
    {
        var row = FindingAssert.Has(Findings, "criterion-title-variant", Sections.Items, Plans.IndexOf(Plan, "1.9"));
        Assert.Equal(Severities.Info, row.Severity);
        var sa = Plan.SelfAssessment! with { TextAsWritten = ["Tiêu chí 3.4. Khu vệ sinh, hệ thống thoát nước; Tiêu chí 5.1. Kế hoạch giáo dục của nhà trường."] };
        var listed = FindingAssert.Has(Plans.Check(Plan with { SelfAssessment = sa }), "criterion-title-variant", Sections.SelfAssessment, criterion: "3.4");
        Assert.Equal(Severities.Info, listed.Severity);
    }

    [Fact]
    public void Repeated_sub_rows_of_1_5_and_1_8_are_not_flagged_as_repeats()
    {
        Assert.DoesNotContain(Findings, f => f.Rule == "repeated-criterion-content");
    }
}
