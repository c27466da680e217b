using Microsoft.Extensions.Hosting;

namespace CaiTien;

public static class HostStart
{
    /// <summary>Completes once the app listens. Background work that is not needed to answer requests (reminders,
    /// sweeps) waits for it: a hosted service's first run otherwise happens inline, before the server starts, and
    /// every start (and every node's readiness) waits for it.</summary>
    public static Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested) return Task.CompletedTask;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var onStart = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        var onStop = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task.ContinueWith(t => { onStart.Dispose(); onStop.Dispose(); return t; }, TaskScheduler.Default).Unwrap();
    }
}
