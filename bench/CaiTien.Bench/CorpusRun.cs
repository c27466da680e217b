using System.Diagnostics;
using System.Text.Json.Nodes;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Tests.Corpus;
using CaiTien.Testing;

namespace CaiTien.Bench;

/// <summary>Issue 17: the variants corpus (tests/CaiTien.Documents.Tests/Corpus) imported file by file: field
/// accuracy per kind of variant (scored as shared/tools/plan-diff.py scores), the time to import the whole corpus,
/// and one 17-row plan (fixture 000) against reading the same plan from JSON in the same run.</summary>
public static class CorpusRun
{
    public static int Run(string[] args)
    {
        var files = Variants.Build().ToList();
        Console.WriteLine($"{"kind",-30} {"files",5} {"fields right",14} {"accuracy",9}");
        var importTime = TimeSpan.Zero;
        var importCpu = TimeSpan.Zero;
        var process = Process.GetCurrentProcess();
        int right = 0, total = 0;
        foreach (var group in files.GroupBy(f => f.Kind))
        {
            int r = 0, t = 0;
            foreach (var file in group)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var result = PlanImporter.Import(new MemoryStream(file.Bytes, false), file.FileName);
                importTime += clock.Elapsed;
                process.Refresh();
                importCpu += process.TotalProcessorTime - cpu;
                var actual = result.Plan is null ? new JsonObject() : JsonNode.Parse(PlanJson.Serialize(result.Plan));
                var score = PlanDiff.Compare(file.Expected, actual);
                (r, t) = (r + score.Right, t + score.Total);
                if (args.Contains("--wrong")) foreach (var w in score.Wrong) Console.WriteLine($"    {file.FileName}: {w}");
            }
            (right, total) = (right + r, total + t);
            Console.WriteLine($"{group.Key,-30} {group.Count(),5} {$"{r}/{t}",14} {100.0 * r / t,8:F2}%");
        }
        Console.WriteLine($"{"whole corpus",-30} {files.Count,5} {$"{right}/{total}",14} {100.0 * right / total,8:F2}%");
        Console.WriteLine($"load average now: {LoadAverage()}");
        Console.WriteLine($"import of the whole corpus: {importTime.TotalSeconds:F2} s wall, {importCpu.TotalSeconds:F2} s CPU ({files.Count(f => f.FileName.EndsWith(".docx"))} docx, {files.Count(f => f.FileName.EndsWith(".xlsx"))} xlsx)");

        var docx = File.ReadAllBytes(SharedPaths.Docx("000"));
        var json = File.ReadAllText(SharedPaths.PlanJson("000"));
        var importMs = Median(() => PlanImporter.Import(new MemoryStream(docx, false), "000.docx"));
        var jsonMs = Median(() => PlanJson.Read(json));
        var cpuMs = CpuPerRun(() => PlanImporter.Import(new MemoryStream(docx, false), "000.docx"));
        Console.WriteLine($"one 17-row plan (000.docx): median {importMs:F1} ms wall, {cpuMs:F1} ms CPU per import; JSON read of the same plan {jsonMs:F2} ms (ratio {importMs / jsonMs:F1}×)");
        return right * 100 >= total * 98 ? 0 : 1;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";

    /// <summary>Process CPU time per run: less skewed than wall time when other work shares the cores.</summary>
    private static double CpuPerRun(Action action, int runs = 40)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++) action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / runs;
    }

    private static double Median(Action action, int runs = 41)
    {
        for (var i = 0; i < 5; i++) action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[runs / 2];
    }
}
