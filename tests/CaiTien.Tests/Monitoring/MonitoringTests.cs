using System.Net;
using CaiTien.Monitoring;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Monitoring;

public abstract class MonitoringTests(AppFactory app)
{
    private async Task<Dictionary<string, string>> ReviewForm(int planId, ReviewPeriod period, string finding, string rating, string recommendation)
    {
        var rows = await app.WithDb(db => db.PlanRows.Where(r => r.PlanId == planId).OrderBy(r => r.Position).Select(r => new { r.Id, r.Criterion }).ToListAsync());
        var form = new Dictionary<string, string> { ["period"] = period.ToString(), ["reviewedOn"] = "2025-01-15", ["conclusion"] = "Nhà trường thực hiện cơ bản đúng tiến độ." };
        for (var i = 0; i < rows.Count; i++)
        {
            form[$"findings[{i}].RowId"] = rows[i].Id.ToString();
            if (rows[i].Criterion != "1.3") continue;
            form[$"findings[{i}].Finding"] = finding;
            form[$"findings[{i}].Rating"] = rating;
            form[$"findings[{i}].Recommendation"] = recommendation;
        }
        return form;
    }

    [Fact]
    public async Task Monitoring_member_records_the_semester_review_and_gets_the_report_as_an_official_docx_and_pdf()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var monitor = await app.SignedInAsync("giamsat.dinhphuoc");
        var page = $"/ke-hoach/{planId}/giam-sat";
        var response = await monitor.PostFormAsync(page, "Save", await ReviewForm(planId, ReviewPeriod.SemesterOne,
            "Liên đội đã tổ chức 2 buổi sinh hoạt", "Chậm tiến độ", "Bổ sung lịch sinh hoạt hằng tháng"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã lưu kết quả giám sát", await response.TextAsync());

        var review = await app.WithDb(db => db.MonitoringReviews.AsNoTracking().SingleAsync(r => r.PlanId == planId && r.Period == ReviewPeriod.SemesterOne));
        var finding = Assert.Single(review.Findings);
        Assert.Equal(("Liên đội đã tổ chức 2 buổi sinh hoạt", "Chậm tiến độ", "Bổ sung lịch sinh hoạt hằng tháng"), (finding.Finding, finding.Rating, finding.Recommendation));
        Assert.Matches(@"^\d{2}/BC-TGS$", review.DocumentNumber);
        Assert.Equal(new DateOnly(2025, 1, 15), review.ReviewedOn);

        var docx = await monitor.GetAsync($"{page}?handler=Download&reviewId={review.Id}&format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync()))
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("BÁO CÁO", text);
            Assert.Contains("Kết quả giám sát thực hiện kế hoạch cải tiến chất lượng giáo dục học kỳ I năm học 2024 - 2025", text);
            Assert.Contains("TỔ GIÁM SÁT", text);
            Assert.Contains($"Số: {review.DocumentNumber}", text);
            Assert.Contains("Căn cứ Kế hoạch số 56/KH-THĐP", text);
            Assert.Contains("Liên đội đã tổ chức 2 buổi sinh hoạt", text);
            Assert.Contains("Tiêu chí 1.3: Bổ sung lịch sinh hoạt hằng tháng", text);
            Assert.Contains("ngày 15 tháng 01 năm 2025", text);
        }
        var pdf = await monitor.GetAsync($"{page}?handler=Download&reviewId={review.Id}&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));

        var amended = await monitor.PostFormAsync(page, "Save", await ReviewForm(planId, ReviewPeriod.SemesterOne, "Đã bổ sung", "Hoàn thành", ""));
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var again = await app.WithDb(db => db.MonitoringReviews.AsNoTracking().SingleAsync(r => r.PlanId == planId && r.Period == ReviewPeriod.SemesterOne));
        Assert.Equal((review.Id, review.DocumentNumber, "Đã bổ sung"), (again.Id, again.DocumentNumber, again.Findings.Single().Finding));
    }

    /// <summary>Every review of the plan with its last change, to show a refused save changed nothing.</summary>
    private Task<string> Reviews(int planId) => app.WithDb(async db => string.Join("|",
        (await db.MonitoringReviews.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"{r.Id}:{r.Period}:{r.UpdatedAt.UtcTicks}:{r.Findings.Count}")));

    [Theory]
    [InlineData("hieutruong.dinhphuoc")]
    [InlineData("giaovien.dinhphuoc")]
    [InlineData("hoidong.dinhphuoc")]
    public async Task Only_the_monitoring_team_may_record_a_review(string userName)
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var client = await app.SignedInAsync(userName);
        var before = await Reviews(planId);
        var response = await client.PostFormAsync($"/ke-hoach/{planId}/giam-sat", "Save", await ReviewForm(planId, ReviewPeriod.YearEnd, "x", "Hoàn thành", "y"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Chỉ thành viên Tổ giám sát", await response.TextAsync());
        Assert.Equal(before, await Reviews(planId));
    }

    [Fact]
    public async Task Next_years_plan_starts_from_unfinished_rows_and_the_reviews_recommendations()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var rows = await app.WithDb(db => db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Position).ToListAsync());
        var monitor = await app.SignedInAsync("giamsat.dinhphuoc");
        var form = new Dictionary<string, string> { ["period"] = "YearEnd" };
        for (var i = 0; i < rows.Count; i++)
        {
            form[$"findings[{i}].RowId"] = rows[i].Id.ToString();
            form[$"findings[{i}].Recommendation"] = $"Kiến nghị số {i + 1} cho tiêu chí {rows[i].Criterion}";
        }
        Assert.Equal(HttpStatusCode.OK, (await monitor.PostFormAsync($"/ke-hoach/{planId}/giam-sat", "Save", form)).StatusCode);

        var principal = await app.SignedInAsync("hieutruong.dinhphuoc");
        var response = await principal.PostFormAsync($"/ke-hoach/{planId}/giam-sat", "NextYear", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var nextId = int.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
        var next = await app.WithDb(db => db.Plans.AsNoTracking().Include(p => p.Items).SingleAsync(p => p.Id == nextId));
        Assert.Equal(("2025-2026", CaiTien.Plans.PlanStatus.Draft), (next.SchoolYear, next.Status));
        var completed = await app.WithDb(db => db.PlanRows.Where(r => r.PlanId == planId && r.Completed).Select(r => r.Id).ToListAsync());
        // Every recommendation lands once: in a carried row's notes, or as a new row's tasks when the row was completed.
        for (var i = 0; i < rows.Count; i++)
        {
            var text = $"Kiến nghị số {i + 1} cho tiêu chí {rows[i].Criterion}";
            var holders = next.Items.Where(r => (r.Notes ?? "").Contains(text) || r.Tasks == text).ToList();
            var holder = Assert.Single(holders);
            Assert.Equal(rows[i].Criterion, holder.Criterion);
            Assert.Equal(completed.Contains(rows[i].Id), holder.Tasks == text);
            Assert.Contains("Kiến nghị của Tổ giám sát (cuối năm học năm học 2024-2025)", holder.Notes);
        }
        Assert.Equal(rows.Count, next.Items.Count);
    }

    [Fact]
    public async Task Unknown_rating_is_refused()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var monitor = await app.SignedInAsync("giamsat.dinhphuoc");
        var before = await Reviews(planId);
        var response = await monitor.PostFormAsync($"/ke-hoach/{planId}/giam-sat", "Save", await ReviewForm(planId, ReviewPeriod.YearEnd, "x", "Xuất sắc tuyệt đối", "y"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Mức đánh giá không hợp lệ", await response.TextAsync());
        Assert.Equal(before, await Reviews(planId));
    }
}

[Collection(ProgressSqliteCollection.Name)]
public sealed class SqliteMonitoringTests(SqliteApp app) : MonitoringTests(app);

[Collection(ProgressPostgresCollection.Name)]
public sealed class PostgresMonitoringTests(PostgresApp app) : MonitoringTests(app);
