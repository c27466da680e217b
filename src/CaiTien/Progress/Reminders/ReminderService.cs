using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaiTien.Progress.Reminders;

/// <summary>Runs <see cref="ReminderJob"/> at start-up and then every day at 06:00 local time, and sends queued
/// emails every <see cref="OutboxEvery"/> in between. Errors are logged
/// and never stop the app; the next day's run picks up what was missed.</summary>
public sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ReminderService> log) : BackgroundService
{
    public static readonly TimeOnly RunAt = new(6, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Reminder run failed");
            }
            // Between daily runs the outbox (review notices) is emptied every few minutes.
            var nextRun = clock.GetLocalNow() + UntilNextRun(clock.GetLocalNow());
            while (!stoppingToken.IsCancellationRequested && clock.GetLocalNow() < nextRun)
            {
                var wait = nextRun - clock.GetLocalNow();
                if (wait <= TimeSpan.Zero) break;
                await Task.Delay(wait < OutboxEvery ? wait : OutboxEvery, clock, stoppingToken);
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<ReminderJob>().SendQueuedAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "Sending queued emails failed");
                }
            }
        }
    }

    public static readonly TimeSpan OutboxEvery = TimeSpan.FromMinutes(2);

    public static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var next = new DateTimeOffset(now.Date, now.Offset).Add(RunAt.ToTimeSpan());
        if (next <= now) next = next.AddDays(1);
        return next - now;
    }

    /// <summary>Registers the job, the SMTP mailer and, unless <c>Reminders:Enabled=false</c>, the daily service.</summary>
    public static IServiceCollection AddReminders(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(SmtpSettings.Read(config));
        services.AddSingleton<IReminderMailer, SmtpReminderMailer>();
        services.AddScoped<ReminderJob>();
        if (config.GetValue("Reminders:Enabled", true)) services.AddHostedService<ReminderService>();
        return services;
    }
}
