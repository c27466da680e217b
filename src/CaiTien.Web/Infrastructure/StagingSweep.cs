using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Infrastructure;

/// <summary>Removes what an interrupted upload or an import preview that was never saved left in the data folder:
/// evidence staging files older than an hour, and staged Word/Excel imports older than a day that no plan refers
/// to. Runs every hour; a failure (database down) is logged and retried at the next run.</summary>
public sealed class StagingSweep(IServiceScopeFactory scopes, CaiTienOptions options, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<StagingSweep> log) : BackgroundService
{
    public static readonly TimeSpan EvidenceStagingAge = TimeSpan.FromHours(1);
    public static readonly TimeSpan ImportStagingAge = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                var removed = await SweepAsync(stoppingToken);
                if (removed > 0) log.LogInformation("Staging sweep removed {Count} abandoned upload files", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning("Staging sweep skipped: {Error}", ex.GetBaseException().Message);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var removed = 0;
        var evidenceTmp = Path.Combine(options.DataFolder, "evidence", "tmp");
        if (Directory.Exists(evidenceTmp))
            foreach (var file in new DirectoryInfo(evidenceTmp).EnumerateFiles())
                if (now - file.LastWriteTimeUtc > EvidenceStagingAge && TryDelete(file)) removed++;

        var imports = Path.Combine(options.DataFolder, "imports");
        if (!Directory.Exists(imports)) return removed;
        var old = new DirectoryInfo(imports).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => now - f.LastWriteTimeUtc > ImportStagingAge).ToList();
        if (old.Count == 0) return removed;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        var kept = (await db.PlanSourceFiles.AsNoTracking().Select(f => f.StoredPath).ToListAsync(ct))
            .Select(p => Path.GetFullPath(Path.Combine(options.DataFolder, p))).ToHashSet(StringComparer.Ordinal);
        foreach (var file in old)
            if (!kept.Contains(file.FullName) && TryDelete(file)) removed++;
        return removed;
    }

    private static bool TryDelete(FileInfo file)
    {
        try { file.Delete(); return true; }
        catch (IOException) { return false; }
    }
}
