using System.Globalization;
using System.Text.Json;
using CaiTien.Monitoring;
using CaiTien.Progress;

namespace CaiTien.Audit;

/// <summary>What each audited property is called on screen, and how its stored JSON value reads in Vietnamese.
/// Properties without a label (keys, versions, hashes, time stamps) are bookkeeping and never shown.</summary>
public static class AuditFields
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly Dictionary<string, Dictionary<string, string>> Labels = new()
    {
        ["Plan"] = new()
        {
            ["SchoolYear"] = "Năm học", ["FrameworkId"] = "Bộ tiêu chuẩn", ["Status"] = "Trạng thái", ["Revision"] = "Lần điều chỉnh",
            ["IssuedAt"] = "Thời điểm ban hành", ["IssuedBy"] = "Người ban hành", ["SchoolName"] = "Tên trường", ["SchoolLevel"] = "Cấp học",
            ["GoverningBody"] = "Cơ quan chủ quản", ["Place"] = "Địa danh", ["Province"] = "Tỉnh, thành phố", ["DocumentNumber"] = "Số văn bản",
            ["IssuedOn"] = "Ngày văn bản", ["Title"] = "Tên văn bản", ["Purposes"] = "Mục đích, yêu cầu", ["LegalBases"] = "Căn cứ",
            ["SelfAssessment"] = "Kết quả tự đánh giá", ["Organization"] = "Tổ chức thực hiện", ["Recipients"] = "Nơi nhận",
            ["SignerTitle"] = "Chức vụ người ký", ["SignerName"] = "Người ký", ["HasSigner"] = "Có phần chữ ký",
            ["SectionHeadings"] = "Tên các mục", ["ColumnHeadings"] = "Tên các cột", ["TargetCriteria"] = "Tiêu chí cần cải tiến",
        },
        ["PlanRow"] = new()
        {
            ["Criterion"] = "Tiêu chí", ["TargetLevel"] = "Mức cần đạt", ["CriterionTitleAsWritten"] = "Tên tiêu chí như văn bản",
            ["StandardHeadingAsWritten"] = "Tiêu chuẩn như văn bản", ["RowNumberAsWritten"] = "Số thứ tự như văn bản", ["SourceRef"] = "Nguồn",
            ["Weakness"] = "Điểm yếu", ["TargetResult"] = "Kết quả cần đạt", ["ResultIndicator"] = "Chỉ báo kết quả", ["Tasks"] = "Công việc, giải pháp",
            ["Measures"] = "Biện pháp", ["Lead"] = "Chủ trì", ["Coordinators"] = "Phối hợp", ["TimeText"] = "Thời gian", ["Start"] = "Bắt đầu",
            ["End"] = "Kết thúc", ["Recurrence"] = "Lặp lại", ["BudgetText"] = "Kinh phí", ["BudgetVnd"] = "Kinh phí tính ra",
            ["FundingSource"] = "Nguồn kinh phí", ["Support"] = "Hỗ trợ khác", ["Evidence"] = "Sản phẩm, minh chứng", ["Notes"] = "Ghi chú",
            ["Completed"] = "Đã hoàn thành",
        },
        ["RowProgress"] = new() { ["Status"] = "Trạng thái", ["Percent"] = "Tỷ lệ hoàn thành" },
        ["EvidenceFile"] = new()
        {
            ["Title"] = "Tên minh chứng", ["Code"] = "Mã minh chứng", ["FileName"] = "Tệp", ["DocumentNumber"] = "Số văn bản",
            ["DocumentDate"] = "Ngày văn bản", ["IssuingBody"] = "Nơi ban hành",
        },
        ["MonitoringReview"] = new()
        {
            ["Period"] = "Đợt giám sát", ["DocumentNumber"] = "Số văn bản", ["ReviewedOn"] = "Ngày giám sát", ["Conclusion"] = "Kết luận",
            ["Findings"] = "Nhận xét từng dòng", ["ReviewerName"] = "Người giám sát",
        },
    };

    public static string? Label(string entity, string property) =>
        Labels.TryGetValue(entity, out var fields) && fields.TryGetValue(property, out var label) ? label : null;

    /// <summary>The properties of an entity in the order they are shown.</summary>
    public static IEnumerable<string> Shown(string entity) => Labels.TryGetValue(entity, out var fields) ? fields.Keys : [];

    /// <summary>A stored value as a person reads it: dates dd/MM/yyyy, money in đồng, statuses by name, lists joined.</summary>
    public static string Read(string entity, string property, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.True => "có",
        JsonValueKind.False => "không",
        JsonValueKind.Number => Number(entity, property, value),
        JsonValueKind.String => Text(entity, property, value.GetString()!),
        JsonValueKind.Array => List(value),
        _ => "(đã sửa)",
    };

    private static string Number(string entity, string property, JsonElement value) => (entity, property) switch
    {
        ("PlanRow", "BudgetVnd") => value.GetInt64().ToString("#,##0", Vi) + " đồng",
        ("RowProgress", "Percent") => value.GetInt32() + " %",
        ("PlanRow", "TargetLevel") => "Mức " + value.GetInt32(),
        _ => value.TryGetInt64(out var whole) ? whole.ToString("#,##0", Vi) : value.GetDouble().ToString("0.##", Vi),
    };

    private static string Text(string entity, string property, string text) => (entity, property) switch
    {
        ("Plan", "Status") => text == "Issued" ? "Đã ban hành" : "Nháp",
        ("RowProgress", "Status") => Enum.TryParse<RowStatus>(text, out var status) ? RowStatuses.Label(status) : text,
        ("MonitoringReview", "Period") => Enum.TryParse<ReviewPeriod>(text, out var period) ? ReviewPeriods.Label(period) : text,
        ("Plan", "IssuedAt") => Moment(text),
        _ when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ when text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture),
        _ => text,
    };

    private static string Moment(string text) => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
        ? VietnamClock.InVietnam(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : text;

    /// <summary>Lists of texts read as the text joined; lists of parts (bases, roles, findings) as how many there are.</summary>
    private static string List(JsonElement array)
    {
        var items = array.EnumerateArray().ToList();
        if (items.Count == 0) return "";
        return items.All(i => i.ValueKind == JsonValueKind.String)
            ? string.Join("; ", items.Select(i => i.GetString()))
            : $"{items.Count} mục";
    }
}
