using CaiTien.Data;
using CaiTien.Progress.Reminders;
using CaiTien.Tests.Infrastructure;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaiTien.Tests.Progress;

[CollectionDefinition(Name)]
public sealed class RemindersSqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "reminders sqlite app";
}

[CollectionDefinition(Name)]
public sealed class RemindersPostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "reminders postgres app";
}

public abstract class ReminderTests(AppFactory app) : IAsyncLifetime
{
    private const string Teacher = "giaovien.dinhphuoc@demo.caitien.vn";
    private const string Monitor = "giamsat.dinhphuoc@demo.caitien.vn";
    private const string Principal = "hieutruong.dinhphuoc@demo.caitien.vn";
    private readonly LocalSmtpServer _smtp = new();

    public async Task InitializeAsync() => await app.IssuedDinhPhuocPlanAsync();

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    private static FixedClock On(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 6, 0, 0, TimeSpan.Zero));

    private IReminderMailer Mailer(int? port = null) =>
        new SmtpReminderMailer(new SmtpSettings("127.0.0.1", port ?? _smtp.Port, "caitien@test.local", Security: SecureSocketOptions.None));

    private async Task<ReminderJob.Outcome> RunJobAsync(TimeProvider clock, IReminderMailer? mailer = null)
    {
        using var scope = app.Services.CreateScope();
        var job = new ReminderJob(scope.ServiceProvider.GetRequiredService<CaiTienDb>(), mailer ?? Mailer(), clock, NullLogger<ReminderJob>.Instance);
        return await job.RunAsync();
    }

    [Fact]
    public async Task Daily_run_reminds_leads_and_the_monitoring_team_by_email_and_in_the_app_once()
    {
        var may20 = On(2025, 5, 20);
        var first = await RunJobAsync(may20);
        Assert.Equal(0, first.Failed);

        // Trần Văn Minh (Tổng phụ trách Đội) leads or coordinates 1.3, 1.8, 4.1 (due 31/05/2025) and 2.4, 5.2, 5.3 (past).
        // Due-soon reminders exist only in this window, so this run created and mailed them; overdue ones and the
        // year-end review reminder may come from another test's earlier day, so they are checked in the table.
        var toTeacher = _smtp.To(Teacher).Select(m => m.Subject ?? "").ToList();
        foreach (var criterion in new[] { "1.3", "1.8", "4.1" })
            Assert.Single(toTeacher, s => s.Contains($"Sắp đến hạn: tiêu chí {criterion} (hạn 31/05/2025)"));
        Assert.Contains("/tien-do/dong/", _smtp.To(Teacher)[0].TextBody ?? "");
        var teacherId = await app.WithDb(db => db.Users.Where(u => u.UserName == "giaovien.dinhphuoc").Select(u => u.Id).SingleAsync());
        var stored = await app.WithDb(db => db.Reminders.AsNoTracking().Where(r => r.UserId == teacherId).ToListAsync());
        foreach (var criterion in new[] { "2.4", "5.2", "5.3" })
            Assert.Single(stored, r => r.Kind == ReminderKind.RowOverdue && r.Subject.StartsWith($"Quá hạn: tiêu chí {criterion} ") && r.EmailSentAt != null);
        string[] theirs = ["1.3", "1.8", "4.1", "2.4", "5.2", "5.3"];
        Assert.All(stored.Where(r => r.Kind is ReminderKind.RowDueSoon or ReminderKind.RowOverdue),
            r => Assert.Contains(r.Subject.Split("tiêu chí ")[1].Split(' ')[0], theirs));
        Assert.Single(await app.WithDb(db => db.Reminders.AsNoTracking()
            .Where(r => r.EmailTo == Monitor && r.Kind == ReminderKind.ReviewDue && r.Subject == "Đến kỳ giám sát cuối năm học (ngày 31/05/2025)" && r.EmailSentAt != null).ToListAsync()));

        var received = _smtp.Messages.Count;
        var again = await RunJobAsync(may20);
        Assert.Equal((0, 0), (again.Created, again.Sent));
        Assert.Equal(received, _smtp.Messages.Count);

        var teacher = await app.SignedInAsync("giaovien.dinhphuoc");
        var page = await (await teacher.GetAsync("/viec-cua-toi")).TextAsync();
        Assert.Contains("Sắp đến hạn: tiêu chí 1.3 (hạn 31/05/2025)", page);
    }

    [Fact]
    public async Task Two_instances_running_the_same_day_send_each_reminder_once()
    {
        var june5 = On(2025, 6, 5);
        var runs = await Task.WhenAll(RunJobAsync(june5), RunJobAsync(june5));
        Assert.Equal(0, runs.Sum(r => r.Failed));
        Assert.Single(_smtp.To(Principal), m => (m.Subject ?? "").Contains("Phê duyệt báo cáo tự đánh giá trước ngày 15/6"));
        var pairs = _smtp.Messages.Select(m => (string.Join(",", m.To.Mailboxes.Select(x => x.Address)), m.Subject)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        var sent = await app.WithDb(db => db.Reminders.CountAsync(r => r.ForDay == new DateOnly(2025, 6, 5) && r.EmailSentAt != null));
        Assert.Equal(sent, runs.Sum(r => r.Sent));
        Assert.Equal(_smtp.Messages.Count, runs.Sum(r => r.Sent));
    }

    [Fact]
    public async Task A_failed_email_is_logged_and_retried_while_the_reminder_is_already_in_the_app()
    {
        var jan10 = On(2025, 1, 10);
        var failed = await RunJobAsync(jan10, Mailer(LocalSmtpServer.FreePort()));
        Assert.True(failed.Failed > 0);
        var reminder = await app.WithDb(db => db.Reminders.AsNoTracking().SingleAsync(r => r.Kind == ReminderKind.ReviewDue && r.EmailTo == Monitor && r.Key.Contains("SemesterOne")));
        Assert.Equal((1, null), (reminder.EmailAttempts, reminder.EmailSentAt));
        Assert.False(string.IsNullOrEmpty(reminder.EmailError));
        Assert.Empty(_smtp.To(Monitor));

        var retried = await RunJobAsync(jan10);
        Assert.Equal(0, retried.Failed);
        Assert.Single(_smtp.To(Monitor), m => (m.Subject ?? "").Contains("Đến kỳ giám sát học kỳ I (ngày 15/01/2025)"));
        var after = await app.WithDb(db => db.Reminders.AsNoTracking().SingleAsync(r => r.Id == reminder.Id));
        Assert.Equal(2, after.EmailAttempts);
        Assert.NotNull(after.EmailSentAt);
        Assert.Null(after.EmailError);
    }

    [Fact]
    public async Task Province_calendar_moves_the_semester_review_reminder()
    {
        var feb10 = new DateOnly(2025, 2, 10);
        Assert.DoesNotContain(await app.WithDb(db => ReminderPlanner.PlanAsync(db, feb10)), d => d.Kind == ReminderKind.ReviewDue);
        var provinceId = await app.WithDb(db => db.Provinces.Where(p => p.Code == "BD").Select(p => p.Id).SingleAsync());
        await app.WithDb(async db =>
        {
            db.SchoolCalendars.Add(new SchoolCalendar { ProvinceId = provinceId, SchoolYear = "2024-2025", SemesterOneEndMonth = 2, SemesterOneEndDay = 20 });
            await db.SaveChangesAsync();
            return 0;
        });
        try
        {
            var dates = await app.WithDb(db => SchoolCalendars.ResolveAsync(db, provinceId, "2024-2025"));
            Assert.Equal((new DateOnly(2024, 9, 5), new DateOnly(2025, 2, 20), new DateOnly(2025, 5, 31)), (dates.YearStart, dates.SemesterOneEnd, dates.YearEnd));
            var drafts = await app.WithDb(db => ReminderPlanner.PlanAsync(db, feb10));
            var review = Assert.Single(drafts, d => d.Kind == ReminderKind.ReviewDue);
            Assert.Equal(Monitor, review.Email);
            Assert.Contains("20/02/2025", review.Subject);
            var otherProvince = await app.WithDb(db => SchoolCalendars.ResolveAsync(db, provinceId + 1000, "2024-2025"));
            Assert.Equal(new DateOnly(2025, 1, 15), otherProvince.SemesterOneEnd);
        }
        finally
        {
            await app.WithDb(db => db.SchoolCalendars.Where(c => c.ProvinceId == provinceId).ExecuteDeleteAsync());
        }
    }
}

[Collection(RemindersSqliteCollection.Name)]
public sealed class SqliteReminderTests(SqliteApp app) : ReminderTests(app);

[Collection(RemindersPostgresCollection.Name)]
public sealed class PostgresReminderTests(PostgresApp app) : ReminderTests(app);
