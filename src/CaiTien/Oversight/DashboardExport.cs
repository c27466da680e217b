using CaiTien.Documents.Interchange;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace CaiTien.Oversight;

/// <summary>The district dashboard's table as an Excel sheet, one row per school.</summary>
public static class DashboardExport
{
    public static void WriteXlsx(DistrictDashboard.Result dashboard, Stream output)
    {
        var rows = dashboard.Schools.Select(s => new Dictionary<string, object?>
        {
            ["Mã trường"] = s.Code,
            ["Trường"] = s.Name,
            ["Cấp học"] = SchoolLevels.DisplayName(s.Level),
            ["Năm học"] = dashboard.Year,
            ["Lần ban hành"] = s.Revision == 0 ? null : s.Revision,
            ["Trạng thái"] = OversightStatuses.Label(s.Status),
            ["Số dòng"] = s.Rows,
            ["Đã hoàn thành"] = s.Done,
            ["Tỷ lệ hoàn thành (%)"] = s.PercentDone,
            ["Quá hạn"] = s.Overdue,
            ["Kinh phí (đồng)"] = s.Budget,
            ["Lần xem xét gần nhất"] = s.LastReview?.ToString("dd/MM/yyyy"),
            ["Ngày công khai"] = s.PublishedAt is { } published ? VietnamClock.InVietnam(published).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : null,
        }).ToList();
        MiniExcel.SaveAs(output, rows, sheetName: "Tong hop");
    }
}
