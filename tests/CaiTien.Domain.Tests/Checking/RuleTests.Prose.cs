using CaiTien.Checking;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Domain.Tests.Checking;

/// <summary>Issue 17 item 5: rules on the letter's prose parts, the grouped infos and the rules whose severity or
/// reach changed.</summary>
public partial class RuleTests
{
    private static PlanSection Part(string kind, string heading, params string[] paragraphs) => new() { Kind = kind, Heading = heading, Paragraphs = [.. paragraphs] };

    [Fact]
    public void Numbered_items_that_skip_or_repeat_in_a_prose_part_are_warnings()
    {
        var plan = Plan(Row("2.2")) with
        {
            Sections =
            [
                Part("purposes", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao chất lượng.", "2. Kế hoạch khả thi.", "4. Huy động nguồn lực."),
                Part("results", "II. KẾT QUẢ NĂM HỌC 2023 - 2024", "1. Công tác chỉ đạo", "1.1. Ban hành kế hoạch", "1.2. Tập huấn", "1.2. Kiểm tra",
                    "2. Tồn tại", "3.4. Khu vệ sinh, hệ thống thoát nước;", "a) Thư viện", "c) Thiết bị"),
                Part("organization", "IV. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng", "2. Hội đồng tự đánh giá", "1. Trước ngày 30/9: họp hội đồng", "2. Tháng 10: triển khai"),
            ],
        };
        var findings = Plans.Check(plan).Where(f => f.Rule == "item-numbering").ToList();
        Assert.Equal(["0:paragraphs.2", "1:paragraphs.3", "1:paragraphs.7"], findings.Select(f => $"{f.Location.Item}:{f.Location.Field}"));
        Assert.All(findings, f => Assert.Equal(Sections.Prose, f.Location.Section));
        Assert.Contains("sau mục 2 là mục 4", findings[0].Message);
        Assert.Contains("mục 1.2 xuất hiện hai lần", findings[1].Message);

        var json = Plan(Row("2.2")) with { Purposes = ["1. Nâng cao chất lượng.", "2. Kế hoạch khả thi.", "2. Huy động nguồn lực."] };
        FindingAssert.IsLoud(FindingAssert.Has(Plans.Check(json), "item-numbering", Sections.Purposes, 2));
    }

    [Fact]
    public void Results_reported_for_the_plans_own_year_are_a_warning()
    {
        var heading = Plan(Row("2.2")) with { Sections = [Part("results", "II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC NĂM HỌC 2024 - 2025", "1. Công tác chỉ đạo")] };
        var f = FindingAssert.Has(Plans.Check(heading), "results-of-plan-year", Sections.Prose, 0, "heading");
        Assert.Contains("2023-2024", f.Suggestion);
        var basis = Plan(Row("2.2")) with { LegalBases = [new LegalBasis { Text = "4. Kết quả thực hiện cải tiến chất lượng của nhà trường đã đạt được trong năm học 2024-2025;" }] };
        FindingAssert.IsLoud(FindingAssert.Has(Plans.Check(basis), "results-of-plan-year", Sections.LegalBases, 0));

        var lastYear = Plan(Row("2.2")) with { Sections = [Part("results", "II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC NĂM HỌC 2023 - 2024", "1. Công tác chỉ đạo")] };
        var target = Plan(Row("2.2")) with { Purposes = ["Phấn đấu kết quả đạt được trong năm học 2024-2025 cao hơn năm trước."] };
        Assert.DoesNotContain(Plans.Check(lastYear).Concat(Plans.Check(target)), x => x.Rule == "results-of-plan-year");
    }

    [Fact]
    public void Wording_of_another_school_level_is_a_warning_but_intake_and_partners_are_not()
    {
        var thpt = Plan(Row("2.2")) with
        {
            School = new SchoolInfo { Name = "Trường THPT Nguyễn Du", Level = SchoolLevels.UpperSecondary, GoverningBody = "Sở GDĐT Đồng Nai" },
            Framework = "18/2018/TT-BGDĐT",
            Recipients = ["Sở GDĐT Đồng Nai", "Lưu: VT"],
            Purposes =
            [
                "Tuyển sinh lớp 10 từ các trường THCS trên địa bàn đạt chỉ tiêu.",
                "Xây dựng trường mầm non xanh – sạch – đẹp – an toàn.",
                "Giao lưu với Trường THCS Lê Lợi về kỹ năng sống.",
            ],
        };
        var findings = Plans.Check(thpt).Where(f => f.Rule == "other-level-wording").ToList();
        var f = Assert.Single(findings);
        Assert.Equal((Sections.Purposes, 1), (f.Location.Section, f.Location.Item));
        FindingAssert.IsLoud(f);
        Assert.Contains("trường mầm non", f.Message);

        var primary = Plan(Row("2.2")) with { Purposes = ["Phối hợp với trường mầm non chuẩn bị cho trẻ 5 tuổi vào lớp 1.", "Nâng cao chất lượng trường tiểu học."] };
        var combined = Plan(Row("2.2")) with { School = new SchoolInfo { Name = "Trường TH và THCS Tân Hiệp", Level = SchoolLevels.Primary }, Purposes = ["Giáo viên THCS dạy tăng cường tiếng Anh."] };
        Assert.DoesNotContain(Plans.Check(primary).Concat(Plans.Check(combined)), x => x.Rule == "other-level-wording");
    }

    [Fact]
    public void Hang_nam_as_a_plain_frequency_fits_a_one_year_plan_but_a_yearly_date_does_not()
    {
        var plain = Row("2.2") with { Tasks = "Tổ chức hội giảng hằng năm cho giáo viên." };
        var dated = Row("2.3") with { Tasks = "Tháng 9 hằng năm, hiệu trưởng xây dựng kế hoạch." };
        var findings = Plans.Check(Plan(plain, dated));
        Assert.DoesNotContain(findings, f => f.Rule == "task-timing-conflict" && f.Location.Item == 0);
        FindingAssert.IsLoud(FindingAssert.Has(findings, "task-timing-conflict", Sections.Items, 1));
    }

    [Fact]
    public void Timetable_of_another_school_year_is_a_warning()
    {
        var plan = Plan(Row("2.2")) with
        {
            LegalBases =
            [
                new LegalBasis { Text = "Quyết định số 2339/QĐ-UBND ngày 09/8/2023 của UBND tỉnh về việc ban hành khung kế hoạch thời gian năm học 2023 - 2024" },
                new LegalBasis { Text = "Quyết định số 2400/QĐ-UBND ngày 09/8/2024 của UBND tỉnh về việc ban hành khung kế hoạch thời gian năm học 2024 - 2025" },
                new LegalBasis { Text = "Báo cáo tổng kết nhiệm vụ năm học 2023-2024 của nhà trường" },
            ],
        };
        var findings = Plans.Check(plan).Where(f => f.Rule == "basis-of-other-year").ToList();
        Assert.Equal([0], findings.Select(f => f.Location.Item));
        FindingAssert.IsLoud(findings[0]);
    }

    [Fact]
    public void A_layout_without_an_evidence_column_is_not_a_finding()
    {
        var findings = Plans.Check(Plan(Row("2.2"), Row("2.3")));
        Assert.DoesNotContain(findings, f => f.Rule.StartsWith("no-evidence", StringComparison.Ordinal));
        var oneMissing = Plans.Check(Plan(Row("2.2") with { Evidence = "Biên bản" }, Row("2.3")));
        FindingAssert.IsLoud(FindingAssert.Has(oneMissing, "no-evidence", Sections.Items, 1));
    }

    [Fact]
    public void Infos_of_one_kind_are_one_finding_listing_the_rows_and_quotes_are_short()
    {
        var vague = "Học sinh chăm ngoan hơn, lễ phép hơn với thầy cô giáo, ông bà, cha mẹ và người lớn tuổi trong gia đình, ngoài xã hội";
        var plan = Plan(Row("2.2") with { TargetResult = vague }, Row("2.3"), Row("3.1") with { TargetResult = "Giáo viên tiến bộ" }, Row("3.2") with { TargetResult = "Nhà trường khang trang" });
        var grouped = Plans.Check(plan).Where(f => f.Rule == "target-not-measurable").ToList();
        var f = Assert.Single(grouped);
        Assert.Equal([0, 2, 3], f.Location.Rows);
        Assert.Equal(0, f.Location.Item);
        Assert.StartsWith("3 dòng (tiêu chí 2.2, 3.1, 3.2)", f.Message);
        var quoted = f.Message[(f.Message.IndexOf('“') + 1)..f.Message.IndexOf('”')];
        Assert.True(quoted.Length <= VietnameseText.ShortExcerpt + 1, quoted);
        Assert.EndsWith("…", quoted);
    }

    [Fact]
    public void A_later_row_of_a_code_whose_target_is_another_criterions_is_named_with_abbreviations_spelled_out()
    {
        Assert.Equal("Tỷ lệ học sinh đạt kết quả học tập tốt; cha mẹ học sinh", Abbreviations.Expand("Tỷ lệ HS đạt KQHT tốt; CMHS"));
        var misfiled = Row("1.8") with { TargetResult = "Tỷ lệ HS hoàn thành chương trình lớp học đạt 98%; HS 11 tuổi hoàn thành chương trình tiểu học" };
        var f = FindingAssert.Has(Plans.Check(Plan(Row("1.8"), misfiled)), "repeated-criterion-content", Sections.Items, 1);
        Assert.Contains("5.5", f.Suggestion);
        Assert.DoesNotContain(Plans.Check(Plan(misfiled, Row("1.8"))), x => x.Rule == "repeated-criterion-content" && x.Location.Item == 0);
    }
}
