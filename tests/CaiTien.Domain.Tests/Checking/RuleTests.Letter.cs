using CaiTien.Checking;
using CaiTien.Documents.Interchange;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Rules on the letter around the table (recipients, numbers, legal bases, units, years) and the rule catalogue itself.</summary>
public partial class RuleTests
{
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
        Assert.Equal(["section", "item", "criterion", "field", "rows"], o["location"]!.AsObject().Select(p => p.Key));
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
