using CaiTien.Checking;
using CaiTien.Documents.Interchange;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Each mistake CONVENTIONS.md lists for fixture 002 (Nguyễn Bá Ngọc) that its data shows is found.</summary>
public class Fixture002MistakesTests
{
    private static readonly PlanDocument Plan = Plans.Fixture("002");
    private static readonly IReadOnlyList<Finding> Findings = Plans.Check(Plan);

    [Fact]
    public void Mistake1_tt17_cited_with_the_secondary_circulars_title()
    {
        var f = FindingAssert.Has(Findings, "circular-for-other-level", Sections.LegalBases, 2);
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("18/2018/TT-BGDĐT", f.Message);
        Assert.DoesNotContain(Findings, x => x.Rule == "circular-for-other-level" && x.Location.Item == 3);
    }

    [Fact]
    public void Mistake2_tt17_and_cv5932_are_each_cited_twice()
    {
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "duplicate-legal-basis", Sections.LegalBases, 3));
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "duplicate-legal-basis", Sections.LegalBases, 5));
        Assert.Equal(2, Findings.Count(f => f.Rule == "duplicate-legal-basis"));
    }

    [Fact]
    public void Mistake3_level_2_counts_do_not_add_up()
    {
        var f = FindingAssert.Has(Findings, "counts-do-not-add-up", Sections.SelfAssessment, field: "criteriaAtLevel.2");
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("28", f.Message);
        Assert.Contains("25,93%", f.Suggestion);
    }

    [Fact]
    public void Mistake3_with_the_stated_percentages_each_matches_its_count_but_their_sum_is_shown()
    {
        var sa = Plan.SelfAssessment!;
        var levels = new Dictionary<string, LevelCount>(sa.CriteriaAtLevel!)
        {
            ["2"] = sa.CriteriaAtLevel!["2"] with { MetPercentText = "74,07%", NotMetPercentText = "29,6%" },
        };
        var findings = Plans.Check(Plan with { SelfAssessment = sa with { CriteriaAtLevel = levels } });
        Assert.Contains("103,67%", FindingAssert.Has(findings, "counts-do-not-add-up", Sections.SelfAssessment).Message);
        Assert.DoesNotContain(findings, f => f.Rule == "percent-mismatch");
    }

    [Fact]
    public void Mistake4_sections_jump_from_III_to_VI()
    {
        var plan = Plan with { SectionHeadings = ["I. MỤC ĐÍCH, YÊU CẦU", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "VI. TỔ CHỨC THỰC HIỆN"] };
        var f = FindingAssert.Has(Plans.Check(plan), "section-numbering", Sections.Header, 3, "sectionHeadings");
        FindingAssert.IsLoud(f);
        Assert.Contains("IV, V", f.Message);
    }

    [Fact]
    public void Mistake5_table_numbering_in_level_2_jumps_from_1_to_4()
    {
        string[] numbers = ["1", "1", "2", "2", "3", "1", "1", "4", "4"];
        var plan = Plan with { Items = Plan.Items.Select((item, i) => item with { RowNumberAsWritten = numbers[i] }).ToList() };
        var findings = Plans.Check(plan);
        var f = FindingAssert.Has(findings, "table-numbering", Sections.Items, Plans.IndexOf(Plan, "3.4"));
        FindingAssert.IsLoud(f);
        Assert.Single(findings, x => x.Rule == "table-numbering");
    }

    [Fact]
    public void Mistake6_duties_publish_the_improvement_plan_of_the_previous_year()
    {
        var f = FindingAssert.Has(Findings, "wrong-school-year", Sections.Organization, 0, "duties");
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("2023-2024", f.Message);
    }

    [Fact]
    public void Mistake7_monitoring_team_deadline_is_before_the_plan_date()
    {
        var f = FindingAssert.Has(Findings, "deadline-before-plan-date", Sections.Organization, 2, "duties");
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("09/01/2024", f.Message);
    }

    [Fact]
    public void Mistake8_web_address_with_an_at_sign()
    {
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "malformed-web-address", Sections.Organization, 0, "duties"));
    }

    [Fact]
    public void Mistake9_row_2_3_tasks_start_in_february_but_time_says_september()
    {
        var f = FindingAssert.Has(Findings, "task-timing-conflict", Sections.Items, Plans.IndexOf(Plan, "2.3"), "tasks");
        FindingAssert.IsLoud(f);
        Assert.Contains("02 năm 2025", f.Message);
    }

    [Theory]
    [InlineData("3.4")]
    [InlineData("3.5")]
    [InlineData("2.2")]
    [InlineData("1.8")]
    public void Mistake10_task_timing_contradicts_the_time_columns(string criterion)
    {
        FindingAssert.IsLoud(FindingAssert.Has(Findings, "task-timing-conflict", Sections.Items, Plans.IndexOf(Plan, criterion)));
    }

    [Fact]
    public void Mistake10_first_semester_work_in_a_row_running_to_june()
    {
        FindingAssert.Has(Findings, "task-timing-semester", Sections.Items, Plans.IndexOf(Plan, "2.2"));
    }

    [Fact]
    public void Mistake11_level_1_targets_are_already_met()
    {
        var rows = Findings.Where(f => f.Rule == "target-already-met").Select(f => f.Location.Item).ToList();
        Assert.Equal(Plan.Items.Select((item, i) => (item, i)).Where(x => x.item.TargetLevel == 1).Select(x => (int?)x.i), rows);
        Assert.All(Findings.Where(f => f.Rule == "target-already-met"), FindingAssert.IsLoud);
    }

    [Fact]
    public void Mistake12_header_place_and_doubled_date_word()
    {
        Assert.Contains("Bình Thạnh", FindingAssert.Has(Findings, "place-spelling", Sections.Header, field: "place").Suggestion);
        FindingAssert.Has(Findings, "legal-basis-wording", Sections.LegalBases, 7);
    }

    [Fact]
    public void June_ends_are_not_errors_or_warnings()
    {
        Assert.DoesNotContain(Findings, f => f.Rule.StartsWith("month-", StringComparison.Ordinal));
    }
}
