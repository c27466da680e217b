using CaiTien.Catalogs;
using CaiTien.Documents.Interchange;

namespace CaiTien.Data;

/// <summary>Makes believable plans for demo schools and benchmarks: rows on real criteria of the school's
/// framework, with time and money written the way schools write them.</summary>
public static class SyntheticPlans
{
    private static readonly string[] Leads = ["Hiệu trưởng", "Phó Hiệu trưởng", "Tổ trưởng chuyên môn", "Tổng phụ trách Đội", "Kế toán", "Nhân viên văn thư"];
    private static readonly string[] Budgets = ["5.000.000 đồng", "Không", "12.000.000 đồng", "Kinh phí thường xuyên", "2.500.000 đồng"];

    public static PlanDocument Create(Framework framework, string schoolName, string level, string year, int rows, int seed)
    {
        var random = new Random(seed);
        var criteria = framework.Criteria.ToList();
        var start = int.Parse(year[..4]);
        var items = new List<PlanItem>(rows);
        for (var i = 0; i < rows; i++)
        {
            var c = criteria[(i * 7 + seed) % criteria.Count];
            var startMonth = 9 + random.Next(0, 4);
            var endMonth = 1 + random.Next(1, 5);
            var budget = Budgets[random.Next(Budgets.Length)];
            long? vnd = budget.EndsWith("đồng", StringComparison.Ordinal) ? long.Parse(budget.Split(' ')[0].Replace(".", "")) : null;
            items.Add(new PlanItem
            {
                Criterion = c.Code,
                CriterionTitleAsWritten = c.Title,
                Weakness = $"Việc thực hiện \"{c.Title.ToLowerInvariant()}\" còn chưa đồng đều giữa các tổ.",
                TargetResult = $"Tiêu chí {c.Code} đạt Mức {Math.Min(2, framework.MaxLevel)} vào cuối năm học.",
                Tasks = "Rà soát hiện trạng; xây dựng kế hoạch chi tiết; tổ chức thực hiện và kiểm tra định kỳ.",
                Lead = Leads[random.Next(Leads.Length)],
                TimeText = $"Từ tháng {startMonth}/{start} đến tháng {endMonth}/{start + 1}",
                Start = $"{start}-{startMonth:00}",
                End = $"{start + 1}-{endMonth:00}",
                Recurrence = Recurrences.Once,
                BudgetText = budget,
                BudgetVnd = vnd,
                FundingSource = vnd is null ? null : "Ngân sách nhà nước",
                Evidence = "Kế hoạch, biên bản kiểm tra, báo cáo kết quả.",
            });
        }
        return new PlanDocument
        {
            School = new SchoolInfo { Name = schoolName, Level = level },
            SchoolYear = year,
            Framework = framework.Circular,
            Title = $"KẾ HOẠCH Cải tiến chất lượng giáo dục năm học {year}",
            Purposes = ["Khắc phục các điểm yếu đã xác định trong báo cáo tự đánh giá."],
            LegalBases = [new LegalBasis { Text = $"Thông tư số {framework.Circular} của Bộ Giáo dục và Đào tạo.", Reference = framework.Circular }],
            Items = items,
            Organization = [new OrganizationRole { Role = "Hiệu trưởng", Duties = ["Chỉ đạo chung việc thực hiện kế hoạch."] }],
            Recipients = ["Phòng GD&ĐT", "Lưu: VT"],
            Signer = new Signer { Title = "HIỆU TRƯỞNG" },
        };
    }
}
