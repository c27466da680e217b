using System.Net;
using System.Text.RegularExpressions;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Accounts;

/// <summary>Invitations and forgotten passwords through a real local SMTP server, and the staff list from Excel up to
/// a teacher seeing her rows in "Việc của tôi".</summary>
public abstract partial class InvitationAndStaffTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly LocalSmtpServer _smtp = new();
    private AccountApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new AccountApp(provider, demo: true, smtpPort: _smtp.Port);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    public static async Task<string> LinkSentToAsync(LocalSmtpServer smtp, string address, int count = 1)
    {
        for (var i = 0; i < 100 && smtp.To(address).Count < count; i++) await Task.Delay(100);
        var message = smtp.To(address).ElementAtOrDefault(count - 1);
        Assert.NotNull(message);
        var m = LinkPattern().Match(message!.TextBody ?? "");
        Assert.True(m.Success, message.TextBody);
        return m.Groups[1].Value;
    }

    [GeneratedRegex(@"https?://[^/\s]+(/dat-mat-khau\?\S+)")]
    private static partial Regex LinkPattern();

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string tokenPage, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(tokenPage);
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password)
    {
        var page = await client.GetStringAsync(link);
        var u = Regex.Match(page, "name=\"u\" value=\"([^\"]+)\"").Groups[1].Value;
        var t = WebUtility.HtmlDecode(Regex.Match(page, "name=\"t\" value=\"([^\"]+)\"").Groups[1].Value);
        return await PostFormAsync(client, "/dat-mat-khau", link, new() { ["u"] = u, ["t"] = t, ["Password"] = password, ["Confirm"] = password });
    }

    [Fact]
    public async Task An_invited_vice_principal_sets_a_password_from_the_emailed_link_and_can_reset_it_later()
    {
        var principal = _app.Browser();
        await principal.SignInAsync("hieutruong.dinhphuoc");
        var school = await _app.WithDb(db => db.Schools.Where(s => s.Code == "THDP").Select(s => s.Id).SingleAsync());
        var created = await PostFormAsync(principal, "/quan-tri/tai-khoan/tao", "/quan-tri/tai-khoan/tao", new()
        {
            ["UserName"] = "pho.hoa.thdp", ["FullName"] = "Nguyễn Thị Hoa", ["Role"] = Roles.VicePrincipal, ["Unit"] = $"s:{school}",
            ["Email"] = "hoa@truong.test", ["Delivery"] = "invite",
        });
        Assert.Contains("Đã gửi thư mời đặt mật khẩu đến hoa@truong.test", await created.Content.ReadAsStringAsync());

        var link = await LinkSentToAsync(_smtp, "hoa@truong.test");
        var anonymous = _app.Browser();
        var set = await SetPasswordAsync(anonymous, link, "HoaMoi@2025");
        Assert.Contains("Đã đặt mật khẩu", await set.Content.ReadAsStringAsync());
        var used = await _app.Browser().GetStringAsync(link);
        Assert.Contains("không hợp lệ, đã dùng hoặc đã hết hạn", used);
        Assert.DoesNotContain("pho.hoa.thdp", used);

        var vice = _app.Browser();
        await vice.SignInAsync("pho.hoa.thdp", "HoaMoi@2025");
        Assert.Equal(HttpStatusCode.OK, (await vice.GetAsync("/truong")).StatusCode);
        var plan = await _app.WithDb(db => db.Plans.Where(p => p.SchoolId == school).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await vice.GetAsync($"/ke-hoach/{plan}/soan")).StatusCode);

        var forgot = await PostFormAsync(_app.Browser(), "/quen-mat-khau", "/quen-mat-khau", new() { ["NameOrEmail"] = "hoa@truong.test" });
        Assert.Contains("Nếu tài khoản có email", await forgot.Content.ReadAsStringAsync());
        var reset = await LinkSentToAsync(_smtp, "hoa@truong.test", count: 2);
        Assert.Contains("Đã đặt mật khẩu", await (await SetPasswordAsync(_app.Browser(), reset, "HoaLan3@2025")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await vice.GetAsync("/truong")).StatusCode);
        await _app.Browser().SignInAsync("pho.hoa.thdp", "HoaLan3@2025");
        var unknown = await PostFormAsync(_app.Browser(), "/quen-mat-khau", "/quen-mat-khau", new() { ["NameOrEmail"] = "khong.co.ai" });
        Assert.Contains("Nếu tài khoản có email", await unknown.Content.ReadAsStringAsync());
        var actions = await _app.WithDb(db => db.AuditEntries.Where(a => a.Entity == AccountAudit.Entity).Select(a => a.Action).ToListAsync());
        Assert.Contains("Created", actions);
        Assert.Contains("Invited", actions);
        Assert.Contains("PasswordSet", actions);
    }

    [Fact]
    public async Task Staff_list_errors_are_reported_by_row_and_column_and_nothing_is_written()
    {
        var principal = _app.Browser();
        await principal.SignInAsync("hieutruong.nguyenbangoc");
        var school = await _app.WithDb(db => db.Schools.Where(s => s.Code == "NBN").Select(s => s.Id).SingleAsync());
        var before = await _app.WithDb(db => db.Staff.CountAsync(s => s.SchoolId == school));
        var bad = StaffWorkbook.Build(
        [
            ["Phạm Văn Tư", "Giáo viên", "Tổ 2", "tu@truong.test", "0909 123 456"],
            [null, "Giáo viên", "Tổ 3", null, null],
            ["Đỗ Thị Năm", "Giáo viên", "Tổ 3", "nam@", null],
            ["Lý Văn Sáu", "Giáo viên", "Tổ 4", null, null],
            ["Hồ Thị Bảy", null, "Tổ 4", null, "abc"],
        ], new Dictionary<string, string> { ["B5"] = "B2" });
        var response = await principal.UploadAsync("/truong/nhan-su?handler=Preview", "can-bo.xlsx", bad);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Dòng 3, cột A: thiếu họ tên.", html);
        Assert.Contains("Dòng 4, cột D: email \"nam@\" không đúng định dạng.", html);
        Assert.Contains("Dòng 5, cột B: ô chứa công thức", html);
        Assert.Contains("Dòng 6, cột B: thiếu chức vụ.", html);
        Assert.Contains("Dòng 6, cột E: số điện thoại \"abc\" không đúng", html);
        Assert.DoesNotContain("Lưu danh sách", html);
        Assert.Equal(before, await _app.WithDb(db => db.Staff.CountAsync(s => s.SchoolId == school)));

        var notExcel = await principal.UploadAsync("/truong/nhan-su?handler=Preview", "can-bo.xlsx", "Họ tên;Chức vụ"u8.ToArray());
        Assert.Contains("không phải tệp Excel .xlsx", WebUtility.HtmlDecode(await notExcel.Content.ReadAsStringAsync()));
        var noHeader = await principal.UploadAsync("/truong/nhan-su?handler=Preview", "x.xlsx", StaffWorkbook.Build([]).ToArray());
        Assert.Contains("Danh sách không có dòng cán bộ", WebUtility.HtmlDecode(await noHeader.Content.ReadAsStringAsync()));
        Assert.Equal(before, await _app.WithDb(db => db.Staff.CountAsync(s => s.SchoolId == school)));
    }

    [Fact]
    public async Task Imported_staff_get_accounts_and_a_teacher_sees_her_rows_in_my_tasks()
    {
        var principal = _app.Browser();
        await principal.SignInAsync("hieutruong.phuongdongb");
        var school = await _app.WithDb(db => db.Schools.Where(s => s.Code == "PDB").Select(s => s.Id).SingleAsync());
        var file = StaffWorkbook.Build(StaffWorkbook.TwentyStaff());
        var preview = await principal.UploadAsync("/truong/nhan-su?handler=Preview", "can-bo.xlsx", file);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(20, Regex.Matches(html, "Thêm mới").Count);
        Assert.Equal(0, await _app.WithDb(db => db.Staff.CountAsync(s => s.SchoolId == school)));
        var pending = WebUtility.HtmlDecode(Regex.Match(html, "name=\"file\" value=\"([^\"]+)\"").Groups[1].Value);
        var saved = await PostFormAsync(principal, "/truong/nhan-su?handler=Confirm", "/truong/nhan-su", new() { ["file"] = pending });
        Assert.Contains("20 người mới", await saved.Content.ReadAsStringAsync());
        Assert.Equal(20, await _app.WithDb(db => db.Staff.CountAsync(s => s.SchoolId == school)));
        // Importing the same list again updates nobody and adds nobody.
        var second = await principal.UploadAsync("/truong/nhan-su?handler=Preview", "can-bo.xlsx", file);
        Assert.Equal(20, Regex.Matches(await second.Content.ReadAsStringAsync(), "Không đổi").Count);

        await _app.WithDb(db => PlanNamingAsync(db, "PDB", "Tổ trưởng tổ 1"));
        var staff = await _app.WithDb(db => db.Staff.Where(s => s.SchoolId == school).OrderBy(s => s.Id).Select(s => new { s.Id, s.FullName, s.Email }).ToListAsync());
        var chosen = staff.Take(4).ToList();
        var form = new List<KeyValuePair<string, string>>(chosen.Select(s => new KeyValuePair<string, string>("staffIds", s.Id.ToString())))
        {
            new("role", Roles.Staff), new("__RequestVerificationToken", await principal.AntiforgeryTokenAsync("/truong/nhan-su")),
        };
        var created = await (await principal.PostAsync("/truong/nhan-su?handler=Accounts", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();
        var lan = chosen.Single(s => s.FullName == "Lê Thị Lan");
        var lanUser = await _app.WithDb(db => db.Users.SingleAsync(u => u.StaffMemberId == lan.Id));
        Assert.Equal("lan.lethi.pdb", lanUser.UserName);
        var code = Regex.Match(created, "data-testid=\"slip-user\">lan.lethi.pdb</strong>.*?data-testid=\"slip-code\">([^<]+)<", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(code);
        foreach (var invited in chosen.Where(s => s.Email is not null)) await LinkSentToAsync(_smtp, invited.Email!);

        var teacher = _app.Browser();
        await teacher.SignInAsync("lan.lethi.pdb", code);
        Assert.Equal("/doi-mat-khau", (await teacher.GetAsync("/viec-cua-toi")).Headers.Location!.ToString());
        // The change-password page's notification badge asks by script: it gets the reason alone, not a whole page
        // (whose own badge would load again inside it, nested without end — the page crashed the browser).
        using (var badge = new HttpRequestMessage(HttpMethod.Get, "/thong-bao?handler=Badge") { Headers = { { "HX-Request", "true" } } })
        {
            var refused = await teacher.SendAsync(badge);
            var text = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("đổi mật khẩu dùng một lần", text);
            Assert.DoesNotContain("hx-get", text);
            Assert.DoesNotContain("<html", text);
        }
        using (var missing = new HttpRequestMessage(HttpMethod.Get, "/doi-mat-khau/khong-co") { Headers = { { "HX-Request", "true" } } })
        {
            var text = WebUtility.HtmlDecode(await (await teacher.SendAsync(missing)).Content.ReadAsStringAsync());
            Assert.Contains("Không tìm thấy trang", text);
            Assert.DoesNotContain("<nav", text);
        }
        var changed = await PostFormAsync(teacher, "/doi-mat-khau", "/doi-mat-khau", new() { ["Current"] = code, ["Password"] = "LanMoi@2025", ["Confirm"] = "LanMoi@2025" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var tasks = await teacher.GetStringAsync("/viec-cua-toi");
        Assert.Contains("Lê Thị Lan", tasks);
        Assert.Contains("Việc do Tổ trưởng tổ 1 chủ trì", tasks);
        // One click for one person: the next staff member gets an account alone.
        var next = staff.Skip(4).First();
        var one = await PostFormAsync(principal, $"/truong/nhan-su?handler=Account&staffId={next.Id}", "/truong/nhan-su", []);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(5, await _app.WithDb(db => db.Users.CountAsync(u => u.SchoolId == school && u.StaffMemberId != null)));
    }

    /// <summary>Arranges an issued plan of the school with one row led by the given position (plan authoring is tested elsewhere).</summary>
    public static async Task<int> PlanNamingAsync(CaiTienDb db, string schoolCode, string lead)
    {
        {
            var school = await db.Schools.SingleAsync(s => s.Code == schoolCode);
            var doc = DemoData.ReadEmbeddedPlan("000");
            doc = doc with
            {
                SchoolYear = "2030-2031",
                School = doc.School with { Name = school.Name },
                Items = doc.Items.Select((item, i) => i == 0 ? item with { Lead = lead, Tasks = $"Việc do {lead} chủ trì" } : item).ToList(),
            };
            var imported = await ImportPlan.RunAsync(db, school.Id, doc, replace: true, TimeProvider.System);
            Assert.True(imported.Ok, string.Join("; ", imported.Errors.Select(e => e.Message)));
            var principal = new CurrentUser("arrange", "Hiệu trưởng", Roles.Principal, school.Id, null, null);
            Assert.Null(await IssuePlan.RunAsync(db, principal, imported.PlanId!.Value, TimeProvider.System));
            return imported.PlanId.Value;
        }
    }
}

public sealed class SqliteInvitationAndStaffTests() : InvitationAndStaffTests(DatabaseProvider.Sqlite);

public sealed class PostgresInvitationAndStaffTests() : InvitationAndStaffTests(DatabaseProvider.Postgres);
