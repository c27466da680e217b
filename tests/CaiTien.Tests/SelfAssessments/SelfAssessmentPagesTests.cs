using System.Net;
using CaiTien.Plans;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaiTien.Tests.SelfAssessments.AssessmentClient;

namespace CaiTien.Tests.SelfAssessments;

/// <summary>Each test uses its own school year of the demo school, so the tests share one database safely.</summary>
public abstract class SelfAssessmentPagesTests(AppFactory app)
{
    private readonly AssessmentClient _school = new(app);

    private Task<List<CouncilSeat>> SeatsAsync(string year) => app.WithDb(db =>
        db.CouncilSeats.Where(s => db.SelfAssessments.Any(a => a.Id == s.AssessmentId && a.SchoolYear == year)).OrderBy(s => s.Order).ToListAsync());

    [Fact]
    public async Task Principal_sets_up_the_council_and_is_warned_about_missing_secretary_and_size()
    {
        const string year = "2019-2020";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        var small = SeatFields([("Council", "Chair", "Đỗ Văn Hênh", await _school.UserIdAsync("hieutruong.dinhphuoc")), ("Council", "Member", "Trần Văn Minh", null), ("Council", "Member", "", null)]);
        var response = await PostAsync(principal, $"/tu-danh-gia/{year}/hoi-dong?handler=Council", small);
        var html = await TextAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("chưa có Thư ký hội đồng", html);
        Assert.Contains("có 2 thành viên; cần ít nhất 5 thành viên", html);
        Assert.Contains("Chưa có Tổ giám sát", html);
        Assert.Equal(2, (await SeatsAsync(year)).Count);

        html = await TextAsync(await _school.SetUpFullCouncilAsync(principal, year));
        Assert.DoesNotContain("data-warnings", html);
        var seats = await SeatsAsync(year);
        Assert.Equal(["Đỗ Văn Hênh", "Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thị Lan", "Phạm Văn Tư", "Võ Thị Năm"], seats.Select(s => s.Name));
        Assert.Equal(AssessmentTeam.Monitoring, seats[^1].Team);
        Assert.Equal(("Tổ trưởng chuyên môn", true), (seats[3].Position, seats[3].StaffMemberId is not null));
        Assert.Equal((null, null), (seats[4].Position, seats[4].StaffMemberId));

        await _school.AssignAsync(principal, year, new Dictionary<string, string> { ["1.1"] = "Nguyễn Thị Hoa", ["1.2"] = "Đỗ Văn Hênh" });
        var chair = seats[0];
        var kept = new[]
        {
            new KeyValuePair<string, string>("Seats[0].SeatId", chair.Id.ToString()), new("Seats[0].Team", "Council"), new("Seats[0].Role", "Chair"),
            new("Seats[0].Name", chair.Name), new("Seats[0].UserId", chair.UserId!),
        };
        await PostAsync(principal, $"/tu-danh-gia/{year}/hoi-dong?handler=Council", kept);
        var left = await app.WithDb(db => db.CriterionAssignments.Where(a => a.Seat!.Id == chair.Id || db.SelfAssessments.Any(x => x.Id == a.AssessmentId && x.SchoolYear == year))
            .Select(a => new { a.CriterionCode, a.SeatId }).ToListAsync());
        Assert.Equal([("1.2", chair.Id)], left.Select(a => (a.CriterionCode, a.SeatId)));

        var assessment = await app.WithDb(db => db.SelfAssessments.Where(a => a.SchoolYear == year).Select(a => new { a.FrameworkId, a.School!.Code }).SingleAsync());
        Assert.Equal((Tt17.Id, "THDP"), (assessment.FrameworkId, assessment.Code));
    }

    [Fact]
    public async Task Only_the_principal_manages_the_council_and_only_with_accounts_of_the_school()
    {
        const string year = "2018-2019";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, year);
        var before = (await SeatsAsync(year)).Select(s => s.Name).ToList();

        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        var response = await PostAsync(member, $"/tu-danh-gia/{year}/hoi-dong?handler=Council", SeatFields([("Council", "Chair", "Kẻ Lạ", null)]));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Chỉ hiệu trưởng", await TextAsync(response));

        var foreign = await _school.UserIdAsync("hieutruong.nguyenbangoc");
        response = await PostAsync(principal, $"/tu-danh-gia/{year}/hoi-dong?handler=Council", SeatFields([("Council", "Chair", "Người Trường Khác", foreign)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tài khoản được chọn không thuộc trường", await TextAsync(response));
        Assert.Equal(before, (await SeatsAsync(year)).Select(s => s.Name));

        var otherPrincipal = await SignedInAsync(app, "hieutruong.nguyenbangoc");
        var page = await TextAsync(await otherPrincipal.GetAsync($"/tu-danh-gia/{year}"));
        Assert.Contains("chưa thành lập Hội đồng tự đánh giá", page);
        Assert.DoesNotContain("Nguyễn Thị Hoa", await TextAsync(await otherPrincipal.GetAsync($"/tu-danh-gia/{year}/hoi-dong")));
        var district = await SignedInAsync(app, "phong.dautieng");
        Assert.NotEqual(HttpStatusCode.OK, (await district.GetAsync($"/tu-danh-gia/{year}")).StatusCode);
    }

    [Fact]
    public async Task Member_rates_an_assigned_criterion_and_is_refused_on_one_assigned_to_someone_else()
    {
        const string year = "2020-2021";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, year);
        await _school.AssignAsync(principal, year, new Dictionary<string, string> { ["1.1"] = "Nguyễn Thị Hoa", ["1.2"] = "Đỗ Văn Hênh" });

        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        var page = await TextAsync(await member.GetAsync($"/tu-danh-gia/{year}/danh-gia"));
        Assert.Contains("Tiêu chí 1.1.", page);
        Assert.DoesNotContain("Tiêu chí 1.2.", page);

        var response = await RateAsync(member, year, "1.1", (_, _) => true, evidence: "[H1-1.1-01]\n[H1-1.1-02]");
        var card = await TextAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-level>Mức 3<", card);
        Assert.Contains("hx-swap-oob", card);
        Assert.Equal((5, 1, 2), await _school.StoredAsync(year, "1.1"));

        response = await RateAsync(member, year, "1.2", (_, _) => true);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Tiêu chí 1.2 được phân công cho Đỗ Văn Hênh; bạn không được đánh giá tiêu chí này", await TextAsync(response));
        Assert.Equal((0, 0, 0), await _school.StoredAsync(year, "1.2"));

        var monitor = await SignedInAsync(app, "giamsat.dinhphuoc");
        response = await RateAsync(monitor, year, "1.1", (_, _) => false);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.All(await _school.RatingsAsync(year), r => Assert.True(r.Met));

        var readOnly = await TextAsync(await monitor.GetAsync($"/tu-danh-gia/{year}/danh-gia?tat-ca=true"));
        Assert.Equal(Tt17.Criteria.Count(), readOnly.Split("class=\"card mb-3 criterion-card\"").Length - 1);
        Assert.Contains("[H1-1.1-02]", readOnly);
        Assert.DoesNotContain("Lưu tiêu chí", readOnly);
    }

    [Fact]
    public async Task Missing_level_foreign_criterion_bad_or_duplicate_evidence_are_refused_and_nothing_changes()
    {
        const string year = "2021-2022";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, year);
        await _school.AssignAsync(principal, year, new Dictionary<string, string> { ["1.1"] = "Nguyễn Thị Hoa", ["1.2"] = "Nguyễn Thị Hoa" });
        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        Assert.Equal(HttpStatusCode.OK, (await RateAsync(member, year, "1.1", (_, _) => true, evidence: "[H1-1.1-01]")).StatusCode);

        var response = await RateAsync(member, year, "1.2", (_, _) => true, extra: [new("v.3.a", "1")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tiêu chí 1.2 không có Mức 3 (tiêu chí này chỉ có đến Mức 2)", await TextAsync(response));
        Assert.Equal((0, 0, 0), await _school.StoredAsync(year, "1.2"));

        // A code of another criterion may be cited only once that criterion cites it (shared evidence keeps one home).
        response = await RateAsync(member, year, "1.2", (_, _) => true, weaknesses: "Chưa có", evidence: "[H1-1.1-02]");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mã minh chứng “[H1-1.1-02]” thuộc tiêu chí 1.1 nhưng tiêu chí đó chưa ghi mã này", await TextAsync(response));
        Assert.Equal((0, 0, 0), await _school.StoredAsync(year, "1.2"));

        response = await RateAsync(member, year, "1.2", (_, _) => true, evidence: "MC.1.2.01");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không đúng quy ước của Thông tư 17/2018/TT-BGDĐT", await TextAsync(response));

        response = await RateAsync(member, year, "1.1", (_, _) => false, evidence: "[H1-1.1-01]\n[H1-1.1-01]");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("được ghi hai lần", await TextAsync(response));
        Assert.All(await _school.RatingsAsync(year), r => Assert.True(r.Met));

        response = await RateAsync(member, year, "9.9", (_, _) => true, extra: [new("v.1.a", "1")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tiêu chí 9.9 không có trong bộ tiêu chí", await TextAsync(response));
        Assert.Equal((0, 0, 0), await _school.StoredAsync(year, "1.2"));
        Assert.Equal((5, 1, 1), await _school.StoredAsync(year, "1.1"));
    }

    [Fact]
    public async Task Summary_shows_the_engine_counts_for_entered_ratings()
    {
        const string year = "2022-2023";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, year);
        var all = Tt17.Criteria.ToList();
        await _school.AssignAsync(principal, year, all.ToDictionary(c => c.Code, _ => "Nguyễn Thị Hoa"));
        // 002's counts: 5 of the 19 criteria with Mức 3 reach it; 7 of the 8 without Mức 3 miss Mức 2.
        var fullMarks = all.Where(c => c.HasLevel(3)).Take(5).Select(c => c.Code).ToHashSet();
        var missLevel2 = all.Where(c => !c.HasLevel(3)).Take(7).Select(c => c.Code).ToHashSet();
        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        foreach (var c in all)
        {
            var response = await RateAsync(member, year, c.Code, (level, _) => level == 1 || level == 2 && !missLevel2.Contains(c.Code) || fullMarks.Contains(c.Code));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var expected = LevelEngine.Evaluate(Tt17, await _school.RatingsAsync(year));
        Assert.Equal(("27/27", "20/27", "05/19"), (expected.CountAt(1).RatioText, expected.CountAt(2).RatioText, expected.CountAt(3).RatioText));
        var html = await TextAsync(await principal.GetAsync($"/tu-danh-gia/{year}"));
        foreach (var tally in expected.LevelCounts)
            Assert.Contains($"data-count=\"{tally.Level}\"><strong>{tally.RatioText}</strong><br /><span class=\"small\">{tally.PercentText}</span>", html);
        Assert.Contains("74,07%", html);
        Assert.Contains($"Mức đánh giá của trường: <strong data-school-level>{expected.SchoolLevelText}</strong>", html);
        Assert.Equal("Mức 1", expected.SchoolLevelText);
        Assert.Equal(all.Count, html.Split("data-criterion=").Length - 1);

        var docx = await principal.GetAsync($"/tu-danh-gia/{year}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var rows = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(1 + Tt17.Standards.Count + all.Count + 2, rows.Count);
        Assert.Contains(rows, r => r.Contains("20/27 (74,07%)") && r.Contains("05/19 (26,32%)") && r.Contains("27/27 (100%)"));
        Assert.Contains("Mức đánh giá của trường: Mức 1.", body.InnerText);
    }

    [Fact]
    public async Task Principal_creates_plan_rows_from_weak_criteria_appends_to_the_draft_and_is_refused_once_issued()
    {
        const string year = "2025-2026";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, year);
        await _school.AssignAsync(principal, year, new Dictionary<string, string> { ["1.1"] = "Nguyễn Thị Hoa", ["1.2"] = "Nguyễn Thị Hoa", ["1.3"] = "Nguyễn Thị Hoa" });
        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        await RateAsync(member, year, "1.1", (_, _) => true);
        await RateAsync(member, year, "1.2", (level, key) => !(level == 1 && key == "b"), weaknesses: "Chưa công khai đầy đủ các quy chế.");
        await RateAsync(member, year, "1.3", (level, _) => level == 1);

        var form = await TextAsync(await principal.GetAsync($"/tu-danh-gia/{year}/tao-ke-hoach"));
        Assert.Matches("data-choice=\"1.2\">\\s*<td>\\s*<input[^>]*>\\s*<input[^>]*checked", form);
        Assert.DoesNotMatch("data-choice=\"1.4\">\\s*<td>\\s*<input[^>]*>\\s*<input[^>]*checked", form);

        var member403 = await PostAsync(member, $"/tu-danh-gia/{year}/tao-ke-hoach", [new("Choices[0].Criterion", "1.2"), new("Choices[0].Selected", "true")]);
        Assert.Equal(HttpStatusCode.Forbidden, member403.StatusCode);

        var response = await PostAsync(principal, $"/tu-danh-gia/{year}/tao-ke-hoach",
            [new("Choices[0].Criterion", "1.2"), new("Choices[0].Selected", "true"), new("Choices[0].Target", "1"), new("Choices[1].Criterion", "1.1"), new("Choices[1].Target", "3")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã thêm 1 dòng vào kế hoạch cải tiến năm học 2025-2026", await TextAsync(response));

        var plan = await app.WithDb(db => db.Plans.Include(p => p.Items).SingleAsync(p => p.SchoolYear == year && p.School!.Code == "THDP"));
        Assert.Equal(PlanStatus.Draft, plan.Status);
        // A 2025-2026 plan is headed by the commune: districts ended on 1/7/2025.
        Assert.Equal(("Trường Tiểu học Định Phước", "primary", "UBND xã Dầu Tiếng", "Định Hiệp", Tt17.Id),
            (plan.SchoolName, plan.SchoolLevel, plan.GoverningBody, plan.Place, plan.FrameworkId));
        Assert.Equal("KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2025-2026", plan.Title);
        var row = Assert.Single(plan.Items);
        Assert.Equal(("1.2", Tt17.FindCriterion("1.2")!.Title, "Chưa công khai đầy đủ các quy chế.", "Đạt Mức 1", (int?)1),
            (row.Criterion, row.CriterionTitleAsWritten, row.Weakness, row.TargetResult, row.TargetLevel));
        var expected = LevelEngine.Evaluate(Tt17, await _school.RatingsAsync(year)).ToSummary(year);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(plan.SelfAssessment));
        Assert.Equal(2, plan.SelfAssessment!.CriteriaAtLevel!["1"].Met);

        response = await PostAsync(principal, $"/tu-danh-gia/{year}/tao-ke-hoach", [new("Choices[0].Criterion", "1.3"), new("Choices[0].Selected", "true")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await app.WithDb(db => db.PlanRows.Where(r => r.PlanId == plan.Id).OrderBy(r => r.Position).Select(r => new { r.Criterion, r.Position, r.TargetLevel }).ToListAsync());
        Assert.Equal([("1.2", 0, (int?)1), ("1.3", 1, (int?)2)], rows.Select(r => (r.Criterion, r.Position, r.TargetLevel)));

        response = await PostAsync(principal, $"/tu-danh-gia/{year}/tao-ke-hoach", [new("Choices[0].Criterion", "1.1"), new("Choices[0].Selected", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tiêu chí 1.1 đã đạt Mức 3, mức cao nhất", await TextAsync(response));

        await app.WithDb(db => db.Plans.Where(p => p.Id == plan.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Issued)));
        response = await PostAsync(principal, $"/tu-danh-gia/{year}/tao-ke-hoach", [new("Choices[0].Criterion", "1.2"), new("Choices[0].Selected", "true"), new("Choices[0].Target", "2")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kế hoạch năm học 2025-2026 đã ban hành", await TextAsync(response));
        Assert.Equal(2, await app.WithDb(db => db.PlanRows.CountAsync(r => r.PlanId == plan.Id)));
    }

    [Fact]
    public async Task Previous_year_ratings_are_copied_forward_without_overwriting_this_year()
    {
        const string previous = "2023-2024", year = "2024-2025";
        var principal = await SignedInAsync(app, "hieutruong.dinhphuoc");
        await _school.SetUpFullCouncilAsync(principal, previous);
        await _school.AssignAsync(principal, previous, new Dictionary<string, string> { ["2.1"] = "Nguyễn Thị Hoa", ["2.2"] = "Nguyễn Thị Hoa" });
        var member = await SignedInAsync(app, "hoidong.dinhphuoc");
        await RateAsync(member, previous, "2.1", (_, _) => true, weaknesses: "Năm trước", evidence: "[H2-2.1-01]");
        await RateAsync(member, previous, "2.2", (level, _) => level == 1);

        await _school.SetUpFullCouncilAsync(principal, year);
        await _school.AssignAsync(principal, year, new Dictionary<string, string> { ["2.2"] = "Nguyễn Thị Hoa" });
        await RateAsync(member, year, "2.2", (_, _) => true);

        var refused = await PostAsync(member, $"/tu-danh-gia/{year}?handler=Copy", []);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var response = await PostAsync(principal, $"/tu-danh-gia/{year}?handler=Copy", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã sao chép từ năm học 2023-2024", await TextAsync(response));

        var result = LevelEngine.Evaluate(Tt17, await _school.RatingsAsync(year));
        Assert.Equal((3, 3), (result.Find("2.1")!.Level, result.Find("2.2")!.Level));
        Assert.Equal((6, 1, 1), await _school.StoredAsync(year, "2.1"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSelfAssessmentPagesTests(SqliteApp app) : SelfAssessmentPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSelfAssessmentPagesTests(PostgresApp app) : SelfAssessmentPagesTests(app);
