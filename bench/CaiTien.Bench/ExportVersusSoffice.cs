using System.Diagnostics;
using CaiTien.Documents.Export;

namespace CaiTien.Bench;

/// <summary>Median time of the in-process PDF against <c>soffice --headless --convert-to pdf</c> of the same
/// DOCX, measured in the same run (issue 6 asks for at least 25×).</summary>
public static class ExportVersusSoffice
{
    public static void Run(int runs = 7)
    {
        var plan = ExportFixtures.Plan("000");
        var work = Directory.CreateTempSubdirectory("caitien-bench-");
        var docx = Path.Combine(work.FullName, "plan-000.docx");
        using (var file = File.Create(docx)) PlanDocxWriter.Write(plan, file);

        for (var i = 0; i < 3; i++) PlanPdfWriter.Write(plan, Stream.Null);
        var inProcess = Median(runs, () => PlanPdfWriter.Write(plan, Stream.Null));
        Console.WriteLine($"PDF in-process (SkiaSharp), median of {runs}: {inProcess:F1} ms");

        var profile = Path.Combine(work.FullName, "profile");
        double soffice;
        try
        {
            Soffice(docx, work.FullName, profile);
            soffice = Median(runs, () => Soffice(docx, work.FullName, profile));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("soffice not found: install libreoffice-writer-nogui to compare.");
            return;
        }
        Console.WriteLine($"soffice --headless --convert-to pdf, median of {runs}: {soffice:F1} ms");
        Console.WriteLine($"ratio: {soffice / inProcess:F1}x");
        work.Delete(recursive: true);
    }

    private static double Median(int runs, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static void Soffice(string docx, string outDir, string profile)
    {
        var start = new ProcessStartInfo("soffice",
            ["--headless", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", outDir, docx])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("soffice failed: " + process.StandardError.ReadToEnd());
    }
}
