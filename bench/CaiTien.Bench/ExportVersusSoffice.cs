using System.Diagnostics;
using CaiTien.Documents.Export;

namespace CaiTien.Bench;

/// <summary>Median time of the in-process PDF against <c>soffice --headless --convert-to pdf</c> of the same
/// DOCX, measured in the same run (issue 6 asks for at least 25×).</summary>
public static class ExportVersusSoffice
{
    public static void Run(int runs = 9)
    {
        var plan = ExportFixtures.Plan("000");
        var work = Directory.CreateTempSubdirectory("caitien-bench-");
        var docx = Path.Combine(work.FullName, "plan-000.docx");
        using (var file = File.Create(docx)) PlanDocxWriter.Write(plan, file);

        for (var i = 0; i < 3; i++) PlanPdfWriter.Write(plan, Stream.Null);
        var profile = Path.Combine(work.FullName, "profile");
        try
        {
            Soffice(docx, work.FullName, profile);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("soffice not found: install libreoffice-writer-nogui to compare.");
            return;
        }
        // Interleaved, so both see the same machine load.
        var inProcess = new List<double>();
        var soffice = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            inProcess.Add(Time(() => PlanPdfWriter.Write(plan, Stream.Null)));
            soffice.Add(Time(() => Soffice(docx, work.FullName, profile)));
        }
        var pdfMedian = Median(inProcess);
        var sofficeMedian = Median(soffice);
        Console.WriteLine($"PDF in-process (SkiaSharp), median of {runs}: {pdfMedian:F1} ms (min {inProcess.Min():F1})");
        Console.WriteLine($"soffice --headless --convert-to pdf, median of {runs}: {sofficeMedian:F1} ms (min {soffice.Min():F1})");
        Console.WriteLine($"ratio of medians: {sofficeMedian / pdfMedian:F1}x");
        work.Delete(recursive: true);
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times)
    {
        var sorted = times.Order().ToList();
        return sorted[sorted.Count / 2];
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
