using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Documents.Tests.Export;

internal static class TestPlans
{
    public static PlanDocument Load(string id)
    {
        var result = PlanJson.Read(File.ReadAllText(SharedPaths.PlanJson(id)));
        Assert.True(result.Ok, string.Join("\n", result.Errors.Select(e => e.Message)));
        return result.Plan!;
    }

    /// <summary>A plan with no number, date, place, signer or recipients.</summary>
    public static PlanDocument WithBlankHeader(string id) => Load(id) with
    {
        DocumentNumber = null,
        IssuedOn = null,
        School = Load(id).School with { Place = null },
        Signer = null,
        Recipients = [],
    };

    /// <summary>A plan of <paramref name="rows"/> rows whose text cells are <paramref name="cellLength"/> characters long.</summary>
    public static PlanDocument Large(int rows, int cellLength)
    {
        var words = "Tăng cường kiểm tra, đánh giá và bồi dưỡng đội ngũ giáo viên theo chuẩn nghề nghiệp; ";
        var text = string.Concat(Enumerable.Repeat(words, cellLength / words.Length + 1))[..cellLength];
        var baseline = Load("000");
        var items = Enumerable.Range(0, rows).Select(i => new PlanItem
        {
            Criterion = $"{i % 5 + 1}.{i % 10 + 1}",
            TargetLevel = i < rows / 2 ? 1 : 2,
            Weakness = text,
            TargetResult = text,
            Tasks = text,
            Lead = "Hiệu trưởng",
            Start = "2024-09",
            End = "2025-05",
            BudgetText = "1.000.000 đồng",
            BudgetVnd = 1_000_000 + i,
            Evidence = text,
        }).ToList();
        return baseline with { Items = items };
    }

    /// <summary>A multi-field column set like the TT57 "Biểu 2" one the framework data declares.</summary>
    public static readonly ColumnSet Bieu2 = new("Biểu 2 (Thông tư 57/2026)",
    [
        new(["index"], "TT", 0.45),
        new(["criterion", "weakness"], "Nội dung cần cải tiến", 2),
        new(["targetResult"], "Mục tiêu", 1.6),
        new(["tasks", "measures"], "Hoạt động, giải pháp", 2.6),
        new(["resultIndicator"], "Chỉ báo kết quả", 1.3),
        new(["time"], "Thời gian thực hiện", 1.1),
        new(["lead", "coordinators"], "Đơn vị/người phụ trách", 1.2),
        new(["budgetText", "fundingSource", "support"], "Nguồn lực", 1.3),
        new(["evidence"], "Minh chứng dự kiến", 1.4),
        new(["progress"], "Mức độ thực hiện", 1),
    ]);
}
