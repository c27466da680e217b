using System.Net;
using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Schools;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Oversight;

/// <summary>Dashboard figures against a province seeded by the test: one school at each stage of review, one
/// without a plan, rows done and overdue known in advance.</summary>
public abstract class DashboardTests(AppFactory app)
{
    private const string Year = "2023-2024";
    private static readonly DateOnly Today = new(2026, 11, 25);

    private sealed record Seeded(int ProvinceId, int DistrictId, int OtherDistrictId, Dictionary<string, PlanDocument> Docs, Dictionary<string, int> Done);

    private static readonly (string Suffix, string Level, string? Stage, int Done)[] Schools =
    [
        ("A", SchoolLevels.Primary, "draft", 2),
        ("B", SchoolLevels.Primary, "submitted", 0),
        ("C", SchoolLevels.LowerSecondary, "changes", 1),
        ("D", SchoolLevels.Preschool, "published", 5),
        ("E", SchoolLevels.Primary, null, 0),
    ];

    private async Task<Seeded> SeedAsync() => await app.WithDb(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var province = new Province { Code = "P" + tag, Name = "Tỉnh Kiểm Thử " + tag };
        var district = new District { Code = "D" + tag, Name = "Huyện Kiểm Thử " + tag, OfficeName = "Phòng GD&ĐT", Province = province };
        var other = new District { Code = "O" + tag, Name = "Huyện Khác " + tag, OfficeName = "Phòng GD&ĐT", Province = province };
        db.AddRange(province, district, other);
        var schools = Schools.Select(s => new School { Code = s.Suffix + tag, Name = $"Trường {s.Suffix} {tag}", Abbreviation = s.Suffix, Level = s.Level, District = district }).ToList();
        db.AddRange(schools);
        db.Add(new School { Code = "X" + tag, Name = "Trường X " + tag, Abbreviation = "X", Level = SchoolLevels.Primary, District = other });
        await db.SaveChangesAsync();

        var docs = new Dictionary<string, PlanDocument>();
        var done = new Dictionary<string, int>();
        var officer = OversightArrange.OfficerOf(district.Id);
        foreach (var (school, spec) in schools.Zip(Schools))
        {
            if (spec.Stage is null) continue;
            var doc = SyntheticPlans.Create(FrameworkRegistry.Default.ForLevel(spec.Level, "2018")!, school.Name, spec.Level, Year, 5, school.Code.Length + spec.Suffix[0]);
            docs[spec.Suffix] = doc;
            done[spec.Suffix] = spec.Done;
            var planId = (await ImportPlan.RunAsync(db, school.Id, doc, false, TimeProvider.System)).PlanId!.Value;
            var rows = await db.PlanRows.Where(r => r.PlanId == planId).OrderBy(r => r.Position).Take(spec.Done).ToListAsync();
            rows.ForEach(r => r.Completed = true);
            await db.SaveChangesAsync();
            var principal = OversightArrange.PrincipalOf(school.Id);
            if (spec.Stage == "draft") continue;
            Assert.Null(await IssuePlan.RunAsync(db, principal, planId, TimeProvider.System));
            Assert.True((await SubmitPlan.RunAsync(db, principal, planId, true, TimeProvider.System)).Ok);
            if (spec.Stage == "changes") Assert.Null(await DecideOnPlan.RunAsync(db, officer, planId, ReviewDecision.RequestChanges, "Sửa lại", TimeProvider.System));
            if (spec.Stage == "published")
            {
                Assert.Null(await DecideOnPlan.RunAsync(db, officer, planId, ReviewDecision.Accept, null, TimeProvider.System));
                Assert.Null(await PublishPlan.RunAsync(db, principal, planId, TimeProvider.System));
            }
        }
        return new Seeded(province.Id, district.Id, other.Id, docs, done);
    });

    [Fact]
    public async Task District_figures_match_the_seeded_plans()
    {
        var seeded = await SeedAsync();
        var officer = OversightArrange.OfficerOf(seeded.DistrictId);
        var result = await app.WithDb(db => DistrictDashboard.LoadAsync(db, officer, null, new DistrictDashboard.Filter(Year), Today));
        Assert.NotNull(result);
        var status = result.Schools.ToDictionary(s => s.Name.Split(' ')[1], s => s.Status);
        Assert.Equal(new Dictionary<string, OversightStatus>
        {
            ["A"] = OversightStatus.Draft, ["B"] = OversightStatus.Submitted, ["C"] = OversightStatus.ChangesRequested,
            ["D"] = OversightStatus.Published, ["E"] = OversightStatus.None,
        }, status);
        Assert.Equal(20, result.Rows);
        Assert.Equal(8, result.Done);
        // The 2023-2024 rows all ended before November 2026: every row not done is overdue.
        Assert.Equal(12, result.Overdue);
        Assert.Equal(100.0, result.Schools.Single(s => s.Name.StartsWith("Trường D")).PercentDone);
        Assert.NotNull(result.Schools.Single(s => s.Name.StartsWith("Trường C")).LastReview);
        Assert.Null(result.Schools.Single(s => s.Name.StartsWith("Trường B")).LastReview);

        var allItems = seeded.Docs.Values.SelectMany(d => d.Items).ToList();
        Assert.Equal(allItems.Sum(i => i.BudgetVnd ?? 0), result.Budget);
        var expectedBySource = allItems.Where(i => i.BudgetVnd > 0)
            .GroupBy(i => MoneyPhrase.Classify(i.FundingSource) ?? MoneyPhrase.Classify(i.BudgetText) ?? PlanTotals.UnknownSource)
            .ToDictionary(g => g.Key, g => g.Sum(i => i.BudgetVnd!.Value));
        Assert.Equal(expectedBySource, result.BudgetBySource.ToDictionary(b => b.Source, b => b.Vnd));

        var expectedCriteria = seeded.Docs.Values
            .SelectMany(d => d.Items.Select(i => (Framework: FrameworkRegistry.Default.Find(d.Framework!)!.Id, i.Criterion)).Distinct())
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(result.TopCriteria, c => Assert.Equal(expectedCriteria[(c.FrameworkId, c.Criterion)], c.Plans));
        Assert.Equal(expectedCriteria.Values.Max(), result.TopCriteria[0].Plans);
        Assert.Equal(Math.Min(10, expectedCriteria.Count), result.TopCriteria.Count);
    }

    [Fact]
    public async Task Filters_by_level_and_status_narrow_the_table_and_the_figures()
    {
        var seeded = await SeedAsync();
        var officer = OversightArrange.OfficerOf(seeded.DistrictId);
        var preschool = await app.WithDb(db => DistrictDashboard.LoadAsync(db, officer, null, new DistrictDashboard.Filter(Year, SchoolLevels.Preschool), Today));
        Assert.Equal("D", Assert.Single(preschool!.Schools).Name.Split(' ')[1]);
        Assert.Equal(seeded.Docs["D"].Items.Sum(i => i.BudgetVnd ?? 0), preschool.BudgetBySource.Sum(b => b.Vnd));
        var submitted = await app.WithDb(db => DistrictDashboard.LoadAsync(db, officer, null, new DistrictDashboard.Filter(Year, null, OversightStatus.Submitted), Today));
        Assert.Equal("B", Assert.Single(submitted!.Schools).Name.Split(' ')[1]);
        Assert.Equal(1, submitted.StatusCounts[OversightStatus.Submitted]);
        Assert.Equal(0, submitted.StatusCounts[OversightStatus.Draft]);
    }

    [Fact]
    public async Task Province_figures_add_up_per_district_and_stay_inside_the_province()
    {
        var seeded = await SeedAsync();
        var officer = new CurrentUser("test-so", "Sở", Roles.ProvinceOfficer, null, null, seeded.ProvinceId);
        var result = await app.WithDb(db => ProvinceDashboard.LoadAsync(db, officer, null, Year, Today));
        Assert.NotNull(result);
        Assert.Equal(2, result.Districts.Count);
        var main = result.Districts.Single(d => d.DistrictId == seeded.DistrictId);
        Assert.Equal((5, 4, 20, 8, 12), (main.Schools, main.WithPlan, main.Rows, main.Done, main.Overdue));
        Assert.Equal(1, main.StatusCounts[OversightStatus.Published]);
        var other = result.Districts.Single(d => d.DistrictId == seeded.OtherDistrictId);
        Assert.Equal((1, 0), (other.Schools, other.WithPlan));
        Assert.Equal(6, result.StatusCounts.Values.Sum());

        var foreignProvince = await app.WithDb(db => db.Provinces.Where(p => p.Code == "HCM").Select(p => p.Id).SingleAsync());
        Assert.Null(await app.WithDb(db => ProvinceDashboard.LoadAsync(db, officer, foreignProvince, Year, Today)));
        var districtOfficer = OversightArrange.OfficerOf(seeded.DistrictId);
        Assert.Null(await app.WithDb(db => ProvinceDashboard.LoadAsync(db, districtOfficer, seeded.ProvinceId, Year, Today)));
        Assert.Null(await app.WithDb(db => DistrictDashboard.LoadAsync(db, districtOfficer, seeded.OtherDistrictId, new DistrictDashboard.Filter(Year), Today)));
    }

    [Fact]
    public async Task Demo_district_dashboard_page_shows_every_stage_and_exports_the_table()
    {
        var client = app.Browser();
        await client.SignInAsync("phong.dautieng");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/phong/tong-hop?year=2024-2025"));
        foreach (var label in new[] { "Đã công khai", "Phòng đã chấp nhận", "Phòng yêu cầu chỉnh sửa", "Đã nộp Phòng", "Đã ban hành" })
            Assert.Contains(label, html);
        Assert.Contains("status-chart", html);
        Assert.DoesNotContain("Nguyễn Bá Ngọc", html);
        var xlsx = await client.GetAsync("/phong/tong-hop?handler=Xlsx&year=2024-2025");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        var title = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes)).Cast<IDictionary<string, object>>().First();
        Assert.Equal("TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024 - 2025", title["A"]);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, startCell: "A2").Cast<IDictionary<string, object>>().ToList();
        // The schools the Phòng supervised in 2024-2025 (since the 2025 reform they belong to communes).
        var schoolsInDistrict = await app.WithDb(async db => await CaiTien.Schools.Supervision.SupervisedBy(db.Schools,
            await db.Districts.Where(d => d.Code == "DT").Select(d => d.Id).SingleAsync(), "2024-2025").CountAsync());
        Assert.Equal(schoolsInDistrict + 1, rows.Count);
        Assert.Equal(Enumerable.Range(1, schoolsInDistrict).Select(n => (double)n), rows.SkipLast(1).Select(r => Convert.ToDouble(r["STT"])));
        Assert.Contains(rows, r => (string)r["Mã trường"] == "MNHS" && (string)r["Trạng thái"] == "Đã công khai");
        Assert.Equal(("Tổng cộng", $"{schoolsInDistrict} trường"), ((string)rows[^1]["STT"], (string)rows[^1]["Mã trường"]));
        Assert.Equal(rows.SkipLast(1).Sum(r => r["Kinh phí (đồng)"] is null ? 0 : Convert.ToDouble(r["Kinh phí (đồng)"])), Convert.ToDouble(rows[^1]["Kinh phí (đồng)"]));
    }

    [Fact]
    public async Task Province_dashboard_exports_one_row_per_supervising_unit_with_title_and_totals()
    {
        var client = app.Browser();
        await client.SignInAsync("so.hochiminh");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/so/tong-hop"));
        var link = System.Text.RegularExpressions.Regex.Match(page, @"href=""(/so/tong-hop\?handler=Xlsx[^""]*)""").Groups[1].Value;
        var xlsx = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        var title = (string)MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes)).Cast<IDictionary<string, object>>().First()["A"];
        Assert.StartsWith("TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC", title);
        Assert.Contains("Hồ Chí Minh", title);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, startCell: "A2").Cast<IDictionary<string, object>>().ToList();
        Assert.True(rows.Count >= 2, "at least one unit and the totals row");
        Assert.Equal("Tổng cộng", rows[^1]["STT"]);
        Assert.Equal(rows.SkipLast(1).Sum(r => Convert.ToDouble(r["Số trường"])), double.Parse(System.Text.RegularExpressions.Regex.Match((string)rows[^1]["Đơn vị quản lý"], @"(\d+) trường").Groups[1].Value));
        Assert.Equal(rows.SkipLast(1).Sum(r => r["Kinh phí (đồng)"] is null ? 0 : Convert.ToDouble(r["Kinh phí (đồng)"])), Convert.ToDouble(rows[^1]["Kinh phí (đồng)"]));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOversightDashboardTests(SqliteApp app) : DashboardTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOversightDashboardTests(PostgresApp app) : DashboardTests(app);
