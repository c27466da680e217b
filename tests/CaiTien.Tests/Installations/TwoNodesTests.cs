using System.Net;
using System.Security.Cryptography;
using CaiTien.Progress.Reminders;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Tests.Installations;

/// <summary>Two app hosts on one PostgreSQL database with the database file store, as two nodes behind a proxy: one
/// browser (one cookie jar) talks to either node.</summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private readonly LocalSmtpServer _smtp = new();
    private PostgresApp _a = null!;
    private PostgresApp _b = null!;

    public async Task InitializeAsync()
    {
        _a = Node(new PostgresApp());
        _ = _a.Services; // the first node migrates, seeds and creates the Data Protection key
        _b = Node(PostgresApp.OnDatabase(_a.DatabaseName));
        _ = _b.Services;
        await Task.CompletedTask;
    }

    private PostgresApp Node(PostgresApp app)
    {
        app.Settings["Files:Store"] = "Database";
        app.Settings["Reminders:Enabled"] = "false";
        app.Settings["Smtp:Host"] = "127.0.0.1";
        app.Settings["Smtp:Port"] = _smtp.Port.ToString();
        app.Settings["Smtp:Security"] = "None";
        return app;
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private static HttpClient Client(AppFactory node, System.Net.CookieContainer jar) =>
        node.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));

    [Fact]
    public async Task Cookie_and_antiforgery_token_from_one_node_are_accepted_by_the_other_and_a_file_uploaded_on_one_downloads_from_the_other()
    {
        var planId = await _a.IssuedDinhPhuocPlanAsync();
        var row = await _a.RowIdAsync(planId, "1.8");
        var jar = new System.Net.CookieContainer();
        var onA = Client(_a, jar);
        var onB = Client(_b, jar);
        await onA.SignInAsync("giaovien.dinhphuoc");

        var page = await onB.GetAsync($"/tien-do/dong/{row}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // The form (and its anti-forgery token) comes from node A, the upload goes to node B.
        var token = await onA.AntiforgeryTokenAsync($"/tien-do/dong/{row}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent("Biên bản hai máy"), "title");
        var content = BackupRestoreTests.Pdf("two nodes " + Guid.NewGuid(), 700_000);
        form.Add(new ByteArrayContent(content), "upload", "hai-may.pdf");
        var upload = await onB.PostAsync($"/tien-do/dong/{row}?handler=Upload", form);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var fileId = await _a.WithDb(db => db.EvidenceFiles.Where(f => f.Sha256 == sha).Select(f => f.Id).SingleAsync());
        var download = await onA.GetAsync($"/ke-hoach/{planId}/minh-chung?handler=File&fileId={fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Empty(Directory.GetFiles(_a.DataFolder, sha, SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(_b.DataFolder, sha, SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Publication_on_one_node_shows_at_once_on_the_other_nodes_cached_public_page()
    {
        var planId = await _a.IssuedDinhPhuocPlanAsync();
        var anonymousOnB = _b.CreateClient();
        var before = WebUtility.HtmlDecode(await anonymousOnB.GetStringAsync("/cong-khai"));
        var beforeSchool = await anonymousOnB.GetAsync("/cong-khai/THDP");

        var principal = Client(_a, new System.Net.CookieContainer());
        await principal.SignInAsync("hieutruong.dinhphuoc");
        var token = await principal.AntiforgeryTokenAsync("/khung-danh-gia");
        var published = await principal.PostAsync($"/ke-hoach/{planId}/tham-dinh?handler=Publish",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var sha = await _a.WithDb(db => db.Publications.Where(p => p.PlanId == planId).Select(p => p.PdfSha256).SingleAsync());

        Assert.DoesNotContain(sha, WebUtility.HtmlDecode(await beforeSchool.Content.ReadAsStringAsync()));
        Assert.Contains(sha, WebUtility.HtmlDecode(await anonymousOnB.GetStringAsync("/cong-khai/THDP")));
        Assert.NotEqual(before, WebUtility.HtmlDecode(await anonymousOnB.GetStringAsync("/cong-khai")));
    }

    [Fact]
    public async Task Each_queued_email_is_sent_once_when_both_nodes_empty_the_outbox_at_the_same_time()
    {
        var user = await _a.WithDb(db => db.Users.Where(u => u.UserName == "phong.dautieng").Select(u => new { u.Id, u.SchoolId }).SingleAsync());
        var marker = Guid.NewGuid().ToString("N")[..8];
        await _a.WithDb(async db =>
        {
            for (var i = 0; i < 30; i++)
                db.Reminders.Add(new Reminder
                {
                    Key = $"two-nodes:{marker}:{i}", UserId = user.Id, SchoolId = user.SchoolId ?? 0, Kind = ReminderKind.ReviewNotice,
                    Subject = $"Thông báo {marker} số {i}", Message = "Kiểm tra gửi một lần", ForDay = DateOnly.FromDateTime(DateTime.Today),
                    CreatedAt = DateTimeOffset.UtcNow, EmailTo = $"phong-{marker}@test.local",
                });
            return await db.SaveChangesAsync();
        });

        async Task<int> Drain(AppFactory node)
        {
            using var scope = node.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderJob>().SendQueuedAsync();
        }
        var sent = await Task.WhenAll(Drain(_a), Drain(_b), Drain(_a), Drain(_b));

        Assert.Equal(30, sent.Sum());
        var received = _smtp.To($"phong-{marker}@test.local").Select(m => m.Subject).ToList();
        Assert.Equal(30, received.Count);
        Assert.Equal(30, received.Distinct().Count());
        Assert.Equal(0, await _b.WithDb(db => db.Reminders.CountAsync(r => r.Key.StartsWith($"two-nodes:{marker}:") && r.EmailSentAt == null)));
    }
}
