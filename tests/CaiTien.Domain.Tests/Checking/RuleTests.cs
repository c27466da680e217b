using CaiTien.Checking;
using CaiTien.Documents.Interchange;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Rules on small plans written for the purpose: each mistake is found, and its fixed form is not.</summary>
public partial class RuleTests
{
    private static PlanItem Row(string criterion, string? time = "Tháng 10/2024 đến tháng 5/2025", string? start = "2024-10", string? end = "2025-05") => new()
    {
        Criterion = criterion,
        TargetResult = "100% giáo viên đạt chuẩn",
        Tasks = "Tổ chức bồi dưỡng chuyên môn",
        Lead = "Hiệu trưởng",
        TimeText = time,
        Start = start,
        End = end,
        Recurrence = Recurrences.Once,
    };

    private static PlanDocument Plan(params PlanItem[] items) => new()
    {
        School = new SchoolInfo { Name = "Trường Tiểu học A", Level = SchoolLevels.Primary, GoverningBody = "UBND huyện B", Place = "B" },
        SchoolYear = "2024-2025",
        Framework = "17/2018/TT-BGDĐT",
        DocumentNumber = "12/KH-THA",
        IssuedOn = new DateOnly(2024, 9, 20),
        Items = [.. items],
        Recipients = ["Phòng GD&ĐT huyện B", "Lưu: VT"],
        Signer = new Signer { Title = "HIỆU TRƯỞNG", Name = "Nguyễn Văn C" },
        Purposes = ["Nâng cao chất lượng giáo dục của nhà trường."],
        Organization = [new OrganizationRole { Role = "Hiệu trưởng", Duties = ["Chỉ đạo, kiểm tra việc thực hiện kế hoạch."] }],
    };

    private static IReadOnlyList<Finding> Loud(PlanDocument plan) => Plans.Check(plan).Where(f => f.Severity != Severities.Info).ToList();

    [Fact]
    public void A_clean_small_plan_has_no_errors_or_warnings()
    {
        var findings = Loud(Plan(Row("2.2")));
        Assert.True(findings.Count == 0, Plans.Describe(findings));
    }

    [Fact]
    public void Empty_purposes_and_organization_and_a_title_naming_the_year_twice_are_warnings()
    {
        var plan = Plan(Row("2.2")) with
        {
            Purposes = ["  "],
            Organization = [],
            Title = "Kế hoạch cải tiến chất lượng năm học 2024-2025 năm học 2024 - 2025",
        };
        var rules = Loud(plan).Select(f => f.Rule).ToList();
        Assert.Equal(["organization-missing", "purposes-missing", "title-repeats-year"], rules.Order().ToList());
        var periods = Plan(Row("2.2")) with { Title = "Kế hoạch cải tiến chất lượng giai đoạn 2020-2025, năm học 2024-2025" };
        Assert.DoesNotContain(Loud(periods), f => f.Rule == "title-repeats-year");
    }

    [Fact]
    public void Almost_empty_plan_gives_findings_not_a_crash()
    {
        var plan = new PlanDocument { School = new SchoolInfo { Name = "Trường Tiểu học A" }, SchoolYear = "2024-2025", Items = [new PlanItem { Criterion = "1.1" }] };
        var findings = Plans.Check(plan);
        FindingAssert.Has(findings, "empty-row", Sections.Items, 0);
        FindingAssert.Has(findings, "document-number-missing", Sections.Header);
        FindingAssert.Has(findings, "date-line-missing", Sections.Header);
        FindingAssert.Has(findings, "recipients-missing", Sections.Recipients);
        FindingAssert.Has(findings, "signer-missing", Sections.Signer);
    }

    [Fact]
    public void Plan_with_null_sections_does_not_crash()
    {
        var plan = new PlanDocument { School = null!, SchoolYear = null!, Items = null!, Purposes = null!, LegalBases = null!, Organization = null!, Recipients = null! };
        Assert.NotEmpty(Plans.Check(plan));
        var holes = new PlanDocument
        {
            SchoolYear = "2024-2025",
            Items = [null!, new PlanItem { Criterion = null!, Tasks = "Làm" }],
            Purposes = [null!],
            LegalBases = [null!, new LegalBasis { Text = null! }],
            Organization = [new OrganizationRole { Role = null!, Duties = null! }],
            Recipients = [null!],
            SelfAssessment = new SelfAssessmentSummary { CriteriaAtLevel = new() { ["1"] = null! }, WeakCriteria = [null!], TextAsWritten = [null!] },
        };
        FindingAssert.Has(Plans.Check(holes), "empty-row", Sections.Items, 0);
    }

    [Fact]
    public void School_year_typo_in_any_text()
    {
        var plan = Plan(Row("2.2")) with { Purposes = ["Thực hiện kế hoạch năm học 2017-1018 của trường."] };
        var f = FindingAssert.Has(Plans.Check(plan), "school-year-typo", Sections.Purposes, 0);
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("2017-2018", f.Suggestion);
        var fine = Plan(Row("2.2")) with { Purposes = ["Giai đoạn 2022 - 2027 và năm học 2024-2025, niên khóa 2020-2025; bổ sung 2000-3000 cuốn sách."] };
        Assert.DoesNotContain(Plans.Check(fine), x => x.Rule == "school-year-typo");
    }

    [Fact]
    public void Multi_year_span_and_missing_time()
    {
        var findings = Plans.Check(Plan(Row("2.2", "Từ 2023-2028", null, null), Row("2.3", null, null, null) with { Recurrence = null }, Row("1.1", "Tháng 9/2024 đến tháng 12/2025", "2024-09", "2025-12")));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "multi-year-span", Sections.Items, 0, "timeText"));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "no-time", Sections.Items, 1));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "multi-year-span", Sections.Items, 2));
    }

    [Fact]
    public void July_and_August_are_warnings_June_is_fine_and_before_plan_date_is_a_warning()
    {
        var findings = Plans.Check(Plan(Row("2.2", "Tháng 7/2025", "2025-07", "2025-07"), Row("2.3", "Tháng 6/2025", "2025-06", "2025-06"), Row("1.1", "Tháng 9/2024", "2024-09", "2024-09") with { }, Row("1.4", "Tháng 9/2024", "2024-09", "2024-09")) with { IssuedOn = new DateOnly(2024, 10, 5) });
        Assert.Equal(Severities.Warning, FindingAssert.Has(findings, "month-at-school-year-edge", Sections.Items, 0).Severity);
        Assert.DoesNotContain(findings, f => f.Location.Item == 1);
        FindingAssert.IsLoud(FindingAssert.Has(findings, "month-before-plan-date", Sections.Items, 2, "end"));
    }

    [Fact]
    public void Unknown_criterion_and_framework_for_another_level()
    {
        var findings = Plans.Check(Plan(Row("3.7")) with { Framework = "19/2018/TT-BGDĐT" });
        FindingAssert.IsLoud(FindingAssert.Has(findings, "framework-level-mismatch", Sections.Header, field: "framework"));
        var primary = Plans.Check(Plan(Row("3.7")));
        Assert.Equal(Severities.Error, FindingAssert.Has(primary, "criterion-not-in-framework", Sections.Items, 0, "criterion").Severity);
    }

    [Fact]
    public void Preschool_criterion_title_in_a_primary_plan_is_an_error()
    {
        var findings = Plans.Check(Plan(Row("1.5") with { CriterionTitleAsWritten = "Tổ chức nhóm trẻ và lớp mẫu giáo" }));
        var f = FindingAssert.Has(findings, "criterion-title-other-level", Sections.Items, 0);
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("19/2018", f.Message);
    }

    [Fact]
    public void Another_criterions_title_is_an_error_and_the_official_title_is_fine()
    {
        var wrong = Plans.Check(Plan(Row("3.5") with { CriterionTitleAsWritten = "Thư viện" }));
        Assert.Contains("3.6", FindingAssert.Has(wrong, "criterion-title-mismatch", Sections.Items, 0).Message);
        Assert.DoesNotContain(Plans.Check(Plan(Row("1.2") with { CriterionTitleAsWritten = "Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác" })),
            f => f.Rule.StartsWith("criterion-title", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_criterion_whose_content_is_about_another_criterion()
    {
        var library = Row("1.8") with
        {
            TargetResult = "Thư viện đạt chuẩn, bổ sung sách giáo khoa, sách tham khảo, báo, tạp chí",
            Tasks = "Bổ sung sách, báo, tạp chí cho thư viện; tổ chức hoạt động thư viện, đọc sách cho học sinh; hệ thống danh mục sách thư viện",
        };
        var findings = Plans.Check(Plan(Row("1.8"), library));
        Assert.Contains("3.6", FindingAssert.Has(findings, "repeated-criterion-content", Sections.Items, 1).Message);
        Assert.DoesNotContain(Plans.Check(Plan(Row("1.8"), Row("1.8"))), f => f.Rule == "repeated-criterion-content");
    }

    [Fact]
    public void Counts_exceeding_total_and_percent_not_matching_fraction()
    {
        var sa = new SelfAssessmentSummary
        {
            CriteriaAtLevel = new()
            {
                ["1"] = new LevelCount { Met = 28, NotMet = 0, Total = 27 },
                ["2"] = new LevelCount { Met = 20, NotMet = 7, Total = 27, MetPercentText = "70%", NotMetPercentText = "25,93%" },
                ["3"] = new LevelCount { Met = 5, NotMet = 10, Total = 15 },
            },
        };
        var findings = Plans.Check(Plan(Row("2.2")) with { SelfAssessment = sa });
        FindingAssert.IsLoud(FindingAssert.Has(findings, "counts-exceed-total", Sections.SelfAssessment, field: "criteriaAtLevel.1"));
        Assert.Contains("74,07%", FindingAssert.Has(findings, "percent-mismatch", Sections.SelfAssessment, field: "criteriaAtLevel.2").Message);
        Assert.Single(findings, f => f.Rule == "percent-mismatch");
        Assert.Contains("19", FindingAssert.Has(findings, "level-total-mismatch", Sections.SelfAssessment, field: "criteriaAtLevel.3").Message);
    }

    [Fact]
    public void Rows_missing_lead_target_tasks_evidence()
    {
        var withEvidence = Row("2.2") with { Evidence = "Biên bản" };
        var bare = Row("2.3") with { Lead = null, TargetResult = null, Tasks = null };
        var findings = Plans.Check(Plan(withEvidence, bare));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "no-lead", Sections.Items, 1, "lead"));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "no-target", Sections.Items, 1, "targetResult"));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "no-tasks", Sections.Items, 1, "tasks"));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "no-evidence", Sections.Items, 1, "evidence"));
        Assert.DoesNotContain(findings, f => f.Location.Item == 0 && f.Severity != Severities.Info);
    }

    [Fact]
    public void Budget_and_source_must_go_together()
    {
        var findings = Plans.Check(Plan(
            Row("2.2") with { BudgetText = "5.000.000 đồng", BudgetVnd = 5_000_000, FundingSource = "Ngân sách" },
            Row("2.3") with { BudgetText = "3.000.000 đồng", BudgetVnd = 3_000_000 },
            Row("1.1") with { FundingSource = "Xã hội hóa" },
            Row("1.4") with { BudgetText = "Không", FundingSource = "Không" }));
        Assert.Equal(Severities.Warning, FindingAssert.Has(findings, "budget-without-source", Sections.Items, 1, "fundingSource").Severity);
        FindingAssert.IsLoud(FindingAssert.Has(findings, "source-without-budget", Sections.Items, 2, "budgetText"));
        Assert.DoesNotContain(findings, f => f.Location.Item is 0 or 3 && f.Rule.Contains("budget"));
    }
}
