using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Progress.Reminders;
using CaiTien.Tests.Infrastructure;
using CaiTien.Tests.Progress;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaiTien.Tests.Oversight;

/// <summary>Review notices reach both sides by email too, through the outbox, against a real local SMTP server.</summary>
public abstract class ReviewEmailTests(AppFactory app) : IAsyncLifetime
{
    private readonly LocalSmtpServer _smtp = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    private async Task<int> SendQueuedAsync()
    {
        using var scope = app.Services.CreateScope();
        var mailer = new SmtpReminderMailer(new SmtpSettings("127.0.0.1", _smtp.Port, "caitien@test.local", Security: SecureSocketOptions.None));
        var job = new ReminderJob(scope.ServiceProvider.GetRequiredService<CaiTienDb>(), mailer, TimeProvider.System, NullLogger<ReminderJob>.Instance);
        return await job.SendQueuedAsync();
    }

    [Fact]
    public async Task Submission_and_decision_are_emailed_to_the_district_and_the_school_once()
    {
        const string officer = "phuong.binhthanh@demo.caitien.vn", principal = "hieutruong.nguyenbangoc@demo.caitien.vn";
        var planId = await OversightArrange.PlanAsync(app, "NBN", PlanStage.Submitted);
        Assert.True(await SendQueuedAsync() >= 1);
        Assert.Contains(_smtp.To(officer), m => (m.Subject ?? "").Contains("Trường Tiểu học Nguyễn Bá Ngọc đã nộp kế hoạch"));

        var districtId = await app.WithDb(db => db.Schools.Where(s => s.Code == "NBN").Select(s => s.DistrictId).SingleAsync());
        Assert.Null(await app.WithDb(db => DecideOnPlan.RunAsync(db, OversightArrange.OfficerOf(districtId), planId, ReviewDecision.Accept, "Đồng ý.", TimeProvider.System)));
        Assert.True(await SendQueuedAsync() >= 1);
        Assert.Contains(_smtp.To(principal), m => (m.Subject ?? "").Contains("Cơ quan quản lý trực tiếp đã chấp nhận kế hoạch"));

        var received = _smtp.Messages.Count;
        Assert.Equal(0, await SendQueuedAsync());
        Assert.Equal(received, _smtp.Messages.Count);
        Assert.DoesNotContain(await app.WithDb(db => db.Reminders.AsNoTracking().Where(r => r.Kind == ReminderKind.ReviewNotice).ToListAsync()),
            r => r.EmailTo == officer && r.EmailSentAt == null);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteReviewEmailTests(SqliteApp app) : ReviewEmailTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewEmailTests(PostgresApp app) : ReviewEmailTests(app);
