using CaiTien.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaiTien.Progress.Reminders;

/// <summary>The daily run: creates the day's reminders (each once, by its unique key) and emails those not yet sent.
/// Sending is claimed row by row with a conditional update, so two app instances never send the same reminder; a
/// failed send is logged, counted and retried on the next run, up to <see cref="MaxAttempts"/> times.</summary>
public sealed class ReminderJob(CaiTienDb db, IReminderMailer mailer, TimeProvider clock, ILogger<ReminderJob> log)
{
    public const int MaxAttempts = 5;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);

    public sealed record Outcome(int Created, int Sent, int Failed);

    public async Task<Outcome> RunAsync(CancellationToken ct = default)
    {
        CaiTienMetrics.JobRun("reminders");
        var today = Deadlines.Today(clock);
        var created = 0;
        foreach (var draft in await ReminderPlanner.PlanAsync(db, today, ct))
            if (await CreateOnceAsync(draft, today, ct)) created++;
        var (sent, failed) = mailer.Enabled ? await SendPendingAsync(ct) : (0, 0);
        log.LogInformation("Reminders for {Day}: {Created} created, {Sent} emailed, {Failed} failed", today, created, sent, failed);
        return new Outcome(created, sent, failed);
    }

    private async Task<bool> CreateOnceAsync(ReminderDraft d, DateOnly today, CancellationToken ct)
    {
        if (await db.Set<Reminder>().AnyAsync(r => r.Key == d.Key, ct)) return false;
        db.Add(new Reminder
        {
            Key = d.Key, UserId = d.UserId, SchoolId = d.SchoolId, PlanId = d.PlanId, Kind = d.Kind, Subject = d.Subject, Message = d.Message,
            Link = d.Link, ForDay = today, CreatedAt = clock.GetUtcNow(), EmailTo = string.IsNullOrWhiteSpace(d.Email) ? null : d.Email,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance created the same reminder between the check and the insert.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Sends what is waiting in the outbox (review notices between daily runs); nothing when mail is off.</summary>
    public async Task<int> SendQueuedAsync(CancellationToken ct = default)
    {
        CaiTienMetrics.JobRun("outbox");
        return mailer.Enabled ? (await SendPendingAsync(ct)).Sent : 0;
    }

    private async Task<(int Sent, int Failed)> SendPendingAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var pending = await db.Set<Reminder>().AsNoTracking()
            .Where(r => r.EmailTo != null && r.EmailSentAt == null && r.EmailAttempts < MaxAttempts && (r.EmailClaimedUntil == null || r.EmailClaimedUntil < now))
            .OrderBy(r => r.Id).ToListAsync(ct);
        int sent = 0, failed = 0;
        foreach (var reminder in pending)
        {
            var until = now + ClaimFor.Ticks;
            var claimed = await db.Set<Reminder>()
                .Where(r => r.Id == reminder.Id && r.EmailSentAt == null && (r.EmailClaimedUntil == null || r.EmailClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.EmailClaimedUntil, until), ct);
            if (claimed != 1) continue;
            try
            {
                await mailer.SendAsync(reminder.EmailTo!, "[CaiTien] " + reminder.Subject, Body(reminder), ct);
                var at = clock.GetUtcNow();
                await db.Set<Reminder>().Where(r => r.Id == reminder.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.EmailSentAt, at).SetProperty(r => r.EmailAttempts, r => r.EmailAttempts + 1).SetProperty(r => r.EmailError, (string?)null), ct);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Reminder email {Id} to {To} failed (attempt {Attempt})", reminder.Id, reminder.EmailTo, reminder.EmailAttempts + 1);
                var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                await db.Set<Reminder>().Where(r => r.Id == reminder.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.EmailAttempts, r => r.EmailAttempts + 1).SetProperty(r => r.EmailError, error)
                        .SetProperty(r => r.EmailClaimedUntil, (long?)null), ct);
                failed++;
            }
        }
        return (sent, failed);
    }

    private static string Body(Reminder r) =>
        $"{r.Message}\n\n{(r.Link is null ? "" : $"Mở trong CaiTien: {r.Link}\n\n")}Thư nhắc việc tự động của CaiTien; không trả lời thư này.";
}
