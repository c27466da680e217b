using Microsoft.Extensions.Hosting;

namespace CaiTien;

public static class HostStart
{
    /// <summary>Completes once the app listens. Background work that is not needed to answer requests (reminders,
    /// sweeps) waits for it: a hosted service's first run otherwise happens inline, before the server starts, and
    /// every start (and every node's readiness) waits for it.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        // Registering on a token already fired runs the callback at once.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStart = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStop = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }
}
