namespace CaiTien.Documents.Interchange;

/// <summary>Vietnamese column labels of the plan table's fields, for messages and headers.</summary>
public static class PlanFieldNames
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["targetLevel"] = "Mức cần đạt",
        ["criterion"] = "Tiêu chí",
        ["criterionTitleAsWritten"] = "Tên tiêu chí",
        ["weakness"] = "Điểm yếu",
        ["targetResult"] = "Kết quả cần đạt",
        ["resultIndicator"] = "Chỉ báo kết quả",
        ["tasks"] = "Công việc/giải pháp",
        ["measures"] = "Biện pháp thực hiện",
        ["lead"] = "Chủ trì",
        ["coordinators"] = "Phối hợp",
        ["timeText"] = "Thời gian",
        ["start"] = "Bắt đầu",
        ["end"] = "Kết thúc",
        ["recurrence"] = "Tần suất",
        ["budgetText"] = "Dự kiến kinh phí",
        ["budgetVnd"] = "Kinh phí (đồng)",
        ["fundingSource"] = "Nguồn kinh phí",
        ["support"] = "Điều kiện hỗ trợ khác",
        ["evidence"] = "Sản phẩm/minh chứng",
        ["notes"] = "Ghi chú",
    };

    public static string Label(string field) => Labels.TryGetValue(field, out var label) ? label : field;
}
