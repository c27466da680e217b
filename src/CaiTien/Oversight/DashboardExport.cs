using System.Globalization;
using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;

namespace CaiTien.Oversight;

/// <summary>The dashboards' tables as Excel sheets: one row per school (district) or per supervising unit
/// (province), with the title, STT column and totals row of every CaiTien sheet.</summary>
public static class DashboardExport
{
    public static void WriteXlsx(DistrictDashboard.Result dashboard, Stream output)
    {
        SummaryColumn[] columns =
        [
            new("Mã trường", 10), new("Trường", 34), new("Cấp học", 14), new("Lần ban hành", 10, SummaryValue.Integer),
            new("Trạng thái", 18), new("Số dòng", 9, SummaryValue.Integer), new("Đã hoàn thành", 11, SummaryValue.Integer),
            new("Tỷ lệ hoàn thành", 11, SummaryValue.Percent), new("Quá hạn", 9, SummaryValue.Integer), new("Kinh phí (đồng)", 16, SummaryValue.Money),
            new("Lần xem xét gần nhất", 13), new("Ngày công khai", 13),
        ];
        var rows = dashboard.Schools.Select(s => new object?[]
        {
            s.Code, s.Name, SchoolLevels.DisplayName(s.Level), s.Revision == 0 ? null : s.Revision, OversightStatuses.Label(s.Status),
            s.Rows, s.Done, s.PercentDone, s.Overdue, s.Budget, s.LastReview?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            s.PublishedAt is { } published ? VietnamClock.InVietnam(published).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null,
        }).ToList();
        SummaryXlsxWriter.Write(new SummarySheet($"TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC {Years(dashboard.Year)}",
            "Tong hop", columns, rows, $"{rows.Count} trường"), output);
    }

    public static void WriteXlsx(ProvinceDashboard.Result dashboard, Stream output)
    {
        SummaryColumn[] columns =
        [
            new("Đơn vị quản lý", 36), new("Số trường", 9, SummaryValue.Integer), new("Có kế hoạch", 10, SummaryValue.Integer),
            new("Số dòng", 9, SummaryValue.Integer), new("Đã hoàn thành", 11, SummaryValue.Integer), new("Tỷ lệ hoàn thành", 11, SummaryValue.Percent),
            new("Quá hạn", 9, SummaryValue.Integer), new("Kinh phí (đồng)", 16, SummaryValue.Money),
        ];
        var rows = dashboard.Districts.Select(d => new object?[] { d.Name, d.Schools, d.WithPlan, d.Rows, d.Done, d.PercentDone, d.Overdue, d.Budget }).ToList();
        SummaryXlsxWriter.Write(new SummarySheet($"TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC {Years(dashboard.Year)} — {dashboard.ProvinceName}",
            "Tong hop", columns, rows, $"{rows.Count} đơn vị, {rows.Sum(d => (int)d[1]!)} trường"), output);
    }

    private static string Years(string year) => year.Replace("-", " - ");
}
