using System.Diagnostics;
using CaiTien.Documents.Import;
using CaiTien.Testing;

namespace CaiTien.Bench;

/// <summary>`-- import-memory`: managed memory of one import of docx/000.docx and of a 200-row plan. Reports the
/// bytes allocated during the import (an upper bound on how far the heap can grow), the largest heap seen by a
/// 1 ms sampler while it runs, and the heap after the last GC the import triggered.</summary>
public static class ImportMemoryRun
{
    public static int Run()
    {
        var inputs = new[]
        {
            ("docx/000.docx", File.ReadAllBytes(SharedPaths.Docx("000"))),
            ($"synthetic {ImportBench.LargeRows} rows", BenchFixtures.SyntheticDocx(ImportBench.LargeRows)),
        };
        foreach (var (name, bytes) in inputs) Import(bytes); // warm up: JIT, catalogs, vocabulary
        foreach (var (name, bytes) in inputs)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var heapBefore = GC.GetTotalMemory(false);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gcsBefore = GC.CollectionCount(0);
            long peak = heapBefore;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    Thread.Sleep(1);
                }
            });
            var watch = Stopwatch.StartNew();
            var rows = Import(bytes);
            watch.Stop();
            peak = Math.Max(peak, GC.GetTotalMemory(false));
            stop.Cancel();
            sampler.Wait();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine($"{name}: {rows} rows, {watch.Elapsed.TotalMilliseconds:F1} ms; allocated {Mb(allocated)}; " +
                $"heap before {Mb(heapBefore)}, sampled peak {Mb(peak)} (+{Mb(peak - heapBefore)}); " +
                $"gen0 GCs {GC.CollectionCount(0) - gcsBefore}; heap after last GC {Mb(info.HeapSizeBytes)}; " +
                $"process peak working set {Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
        }
        return 0;
    }

    private static int Import(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, false);
        var result = PlanImporter.Import(stream, "plan.docx");
        return result.Plan?.Items.Count ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.ToString())));
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";
}
