using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Tests.Hardening;

/// <summary>An app whose sign-in and upload limits are low enough to hit in a test.</summary>
public sealed class LimitedApp : AppFactory
{
    public override CaiTien.Data.DatabaseProvider Provider => CaiTien.Data.DatabaseProvider.Sqlite;
    public override string? ConnectionString => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SignInPerMinute", "3");
    }
}

public sealed partial class SecurityTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/dang-nhap", null)]
    [InlineData("/cong-khai", null)]
    [InlineData("/truong", "hieutruong.dinhphuoc")]
    [InlineData("/tu-danh-gia", "hieutruong.dinhphuoc")]
    [InlineData("/phong/tong-hop", "phong.dautieng")]
    public async Task Pages_carry_security_headers_and_no_inline_script(string page, string? user)
    {
        var client = user is null ? app.Browser() : await app.SignedInAsync(user);
        var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src"));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(EventAttribute(), html);
    }

    [Fact]
    public async Task District_api_answers_errors_as_problem_details()
    {
        var anonymous = app.Browser();
        var missingToken = await anonymous.GetAsync("/api/district/plans");
        Assert.Equal(HttpStatusCode.Unauthorized, missingToken.StatusCode);
        Assert.Equal("application/problem+json", missingToken.Content.Headers.ContentType!.MediaType);
        Assert.Contains("mã truy cập", JsonDocument.Parse(await missingToken.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());

        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", CaiTien.Oversight.OversightDemo.ApiToken);
        var missingPlan = await anonymous.GetAsync("/api/district/plans/987654");
        Assert.Equal(HttpStatusCode.NotFound, missingPlan.StatusCode);
        Assert.Equal("application/problem+json", missingPlan.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, JsonDocument.Parse(await missingPlan.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());

        var noRoute = await anonymous.GetAsync("/api/district/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, noRoute.StatusCode);
        Assert.Equal("application/problem+json", noRoute.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<html", await noRoute.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_checks_answer_live_and_ready()
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live")).StatusCode);
        var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("ok", "ok"), (json.GetProperty("database").GetString(), json.GetProperty("fileStore").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Metrics_expose_documents_rendered_and_request_figures()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var principal = await app.SignedInAsync("hieutruong.dinhphuoc");
        var docx = await principal.GetAsync($"/ke-hoach/{planId}/tai/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        // The exporter collects on scrape; the figure for docx must be there and at least one.
        var metrics = await app.Browser().GetStringAsync("/metrics");
        var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith("caitien_documents_rendered") && l.Contains("format=\"docx\""));
        Assert.True(line is not null, "no caitien_documents_rendered{format=\"docx\"} in /metrics:\n" + metrics[..Math.Min(2000, metrics.Length)]);
        Assert.True(double.Parse(line.Split(' ')[^1].Trim(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("http_server_request_duration_seconds", metrics);

        // A run of the email outbox (as the reminder service does every two minutes) is counted as a job run.
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<CaiTien.Progress.Reminders.ReminderJob>().SendQueuedAsync();
        await Task.Delay(1500); // the exporter serves one scrape for a moment before collecting again
        var after = await app.Browser().GetStringAsync("/metrics");
        Assert.Contains(after.Split('\n'), l => l.StartsWith("caitien_jobs_runs") && l.Contains("job=\"outbox\""));
    }

    [Fact]
    public async Task Over_size_upload_gets_the_vietnamese_size_message()
    {
        var planId = await app.IssuedDinhPhuocPlanAsync();
        var row = await app.RowIdAsync(planId, "1.8");
        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var huge = new byte[26 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(huge);
        var response = await teacher.UploadAsync($"/tien-do/dong/{row}?handler=Upload", "rat-lon.pdf", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var text = await response.TextAsync();
        Assert.Contains("Minh chứng tối đa 20 MB", text);
        Assert.DoesNotContain("Đã có lỗi xảy ra", text);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)(?![^>]*type=""application/json"")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();
}

public sealed class RateLimitTests(LimitedApp app) : IClassFixture<LimitedApp>
{
    [Fact]
    public async Task Repeated_sign_in_attempts_get_429_in_vietnamese()
    {
        var client = app.Browser();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            var token = await client.AntiforgeryTokenAsync("/dang-nhap");
            last = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "hieutruong.dinhphuoc", ["Password"] = "sai-mat-khau-" + i, ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains(RateLimits.TooMany, await last!.TextAsync());
        Assert.NotNull(last!.Headers.RetryAfter);
        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
    }
}
