using CaiTien.Checking;
using CaiTien.Documents.Interchange;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Rules on small plans written for the purpose: each mistake is found, and its fixed form is not.</summary>
public class RuleTests
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
    public void Summer_months_are_at_most_info_and_before_plan_date_is_a_warning()
    {
        var findings = Plans.Check(Plan(Row("2.2", "Tháng 7/2025", "2025-07", "2025-07"), Row("2.3", "Tháng 6/2025", "2025-06", "2025-06"), Row("1.1", "Tháng 9/2024", "2024-09", "2024-09") with { }, Row("1.4", "Tháng 9/2024", "2024-09", "2024-09")) with { IssuedOn = new DateOnly(2024, 10, 5) });
        Assert.Equal(Severities.Info, FindingAssert.Has(findings, "month-at-school-year-edge", Sections.Items, 0).Severity);
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

    [Fact]
    public void Recipients_number_and_plan_date()
    {
        var plan = Plan(Row("2.2")) with { Recipients = ["CBGV-NV nhà trường", "Lưu VT"], DocumentNumber = "12/THA", IssuedOn = new DateOnly(2023, 9, 1) };
        var findings = Plans.Check(plan);
        FindingAssert.IsLoud(FindingAssert.Has(findings, "no-education-office-recipient", Sections.Recipients));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "document-number-format", Sections.Header, field: "documentNumber"));
        FindingAssert.IsLoud(FindingAssert.Has(findings, "plan-date-outside-year", Sections.Header, field: "issuedOn"));
        Assert.DoesNotContain(Plans.Check(Plan(Row("2.2")) with { Recipients = ["Phòng GDĐT (B/c)"] }), f => f.Rule == "no-education-office-recipient");
        Assert.DoesNotContain(Plans.Check(Plan(Row("2.2")) with { DocumentNumber = "05 /KH-TrTHĐP" }), f => f.Rule.StartsWith("document-number", StringComparison.Ordinal));
    }

    [Fact]
    public void Legal_basis_citing_the_preschool_circular_by_number_in_a_primary_plan()
    {
        var plan = Plan(Row("2.2")) with { LegalBases = [new LegalBasis { Text = "Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GDĐT", Reference = "19/2018/TT-BGDĐT" }] };
        var f = FindingAssert.Has(Plans.Check(plan), "circular-for-other-level", Sections.LegalBases, 0);
        Assert.Equal(Severities.Error, f.Severity);
        Assert.Contains("17/2018/TT-BGDĐT", f.Suggestion);
    }

    [Fact]
    public void Document_numbers_match_despite_ampersand_and_leading_zero()
    {
        var plan = Plan(Row("2.2")) with { LegalBases = [new LegalBasis { Text = "Thông tư số 13/2020/TT-BGD&ĐT ngày 27 tháng 5 năm 2020" }] };
        FindingAssert.Has(Plans.Check(plan), "legal-basis-wrong-date", Sections.LegalBases, 0);
    }

    [Fact]
    public void Findings_json_has_the_documented_shape()
    {
        var json = FindingsJson.Serialize([new Finding("end-before-start", Severities.Error, FindingLocation.ItemField(3, "1.5", "end"), "Thông báo", null)]);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray();
        var o = node.Single()!.AsObject();
        Assert.Equal(["rule", "severity", "location", "message", "suggestion"], o.Select(p => p.Key));
        Assert.Equal(["section", "item", "criterion", "field"], o["location"]!.AsObject().Select(p => p.Key));
        Assert.Equal("items", (string?)o["location"]!["section"]);
        Assert.Equal(3, (int?)o["location"]!["item"]);
        Assert.Null(o["suggestion"]);
        Assert.Contains("Thông báo", json);
        Assert.Equal("end-before-start", FindingsJson.Deserialize(json).Single().Rule);
    }

    [Fact]
    public void Every_rule_has_names_and_every_finding_uses_a_declared_name()
    {
        var declared = PlanChecker.Rules.SelectMany(r => r.Names).ToHashSet();
        Assert.All(PlanChecker.Rules, r => Assert.NotEmpty(r.Names));
        foreach (var id in new[] { "000", "002", "004" })
            Assert.All(Plans.Check(Plans.Fixture(id)), f => Assert.Contains(f.Rule, declared));
    }

    [Fact]
    public void Every_rule_name_is_documented_in_checks_md()
    {
        var doc = File.ReadAllText(Path.Combine(CaiTien.Testing.SharedPaths.RepoRoot, "docs", "checks.md"));
        var missing = PlanChecker.Rules.SelectMany(r => r.Names).Distinct().Where(n => !doc.Contains($"`{n}`")).ToList();
        Assert.True(missing.Count == 0, "Not documented: " + string.Join(", ", missing));
    }

    [Fact]
    public void Number_of_one_document_with_the_title_of_another()
    {
        var plan = Plan(Row("2.2")) with { LegalBases = [new LegalBasis { Text = "Thông tư số 14/2020/TT-BGDĐT ngày 26/5/2020 ban hành Quy định tiêu chuẩn cơ sở vật chất các trường mầm non, tiểu học, trung học cơ sở, trung học phổ thông và trường phổ thông có nhiều cấp học" }] };
        var f = FindingAssert.Has(Plans.Check(plan), "legal-basis-wrong-title", Sections.LegalBases, 0);
        Assert.Equal(Severities.Warning, f.Severity);
        Assert.Contains("13/2020/TT-BGDĐT", f.Message);
    }

    [Fact]
    public void After_the_2025_reform_a_district_government_or_office_is_a_warning_and_before_it_nothing()
    {
        var after = Plans.Check(Plan(Row("2.2", "Tháng 10/2025", "2025-10", "2025-10")) with { SchoolYear = "2025-2026", IssuedOn = new DateOnly(2025, 9, 20) })
            .Where(f => f.Rule == "unit-no-longer-exists").ToList();
        Assert.Equal(2, after.Count);
        Assert.All(after, f => Assert.Equal(Severities.Warning, f.Severity));
        Assert.Contains(after, f => f.Location.Field == "governingBody" && f.Message.Contains("UBND huyện B") && f.Suggestion!.Contains("UBND xã/phường"));
        Assert.Contains(after, f => f.Location.Section == Sections.Recipients && f.Location.Item == 0 && f.Suggestion!.Contains("Phòng Văn hóa – Xã hội"));
        Assert.DoesNotContain(Plans.Check(Plan(Row("2.2"))), f => f.Rule == "unit-no-longer-exists");
        var commune = Plans.Check(Plan(Row("2.2", "Tháng 10/2025", "2025-10", "2025-10")) with
        {
            SchoolYear = "2025-2026", IssuedOn = new DateOnly(2025, 9, 20),
            School = new SchoolInfo { Name = "Trường Tiểu học A", Level = SchoolLevels.Primary, GoverningBody = "UBND xã B", Place = "B" },
            Recipients = ["Phòng Văn hóa – Xã hội xã B", "Lưu: VT"],
        });
        Assert.DoesNotContain(commune, f => f.Rule is "unit-no-longer-exists" or "no-education-office-recipient");
    }

    [Fact]
    public void Unverified_replacement_is_only_an_info_and_not_before_it_was_issued()
    {
        var basis = new LegalBasis { Text = "Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018", Reference = "17/2018/TT-BGDĐT" };
        var later = Plans.Check(Plan(Row("2.2", "Tháng 10/2026", "2026-10", "2026-10")) with { SchoolYear = "2026-2027", IssuedOn = new DateOnly(2026, 9, 20), LegalBases = [basis] });
        Assert.Equal(Severities.Info, FindingAssert.Has(later, "superseded-legal-basis", Sections.LegalBases, 0).Severity);
        Assert.DoesNotContain(Plans.Check(Plan(Row("2.2")) with { LegalBases = [basis] }), f => f.Rule == "superseded-legal-basis");
    }

    [Fact]
    public void Earlier_years_outside_this_plan_are_info_and_the_self_assessment_year_is_expected()
    {
        var plan = Plan(Row("2.2")) with
        {
            SelfAssessment = new SelfAssessmentSummary { Year = "2023-2024" },
            Purposes = ["Phát huy kết quả tự đánh giá năm học 2023-2024.", "Kế thừa kinh nghiệm năm học 2022-2023."],
        };
        var findings = Plans.Check(plan);
        Assert.DoesNotContain(findings, f => f.Rule == "wrong-school-year" && f.Location.Item == 0);
        Assert.Equal(Severities.Info, FindingAssert.Has(findings, "wrong-school-year", Sections.Purposes, 1).Severity);
    }

    [Fact]
    public void Row_under_another_standards_heading_is_an_info()
    {
        var plan = Plan(Row("3.1") with { StandardHeadingAsWritten = "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học" },
                        Row("4.1") with { StandardHeadingAsWritten = "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học" });
        var f = FindingAssert.Has(Plans.Check(plan), "criterion-under-other-standard", Sections.Items, 1);
        Assert.Equal(Severities.Info, f.Severity);
    }
}
