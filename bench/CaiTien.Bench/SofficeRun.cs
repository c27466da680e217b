using System.Diagnostics;
using CaiTien.Documents.Export;
using CaiTien.Plans;

namespace CaiTien.Bench;

/// <summary>`-- soffice [runs]`: in-process PDF of fixture 000 against `soffice --headless --convert-to pdf` of
/// the DOCX the app writes for the same plan, in the same run. soffice gets its own profile folder (created by
/// an untimed first conversion) so it neither shares state with other users nor pays first-start costs.</summary>
public static class SofficeRun
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0]) : 5;
        var plan = BenchFixtures.Plan("000");
        var options = RenderPlan.OptionsFor(plan);
        var work = Directory.CreateTempSubdirectory("caitien-soffice-").FullName;
        var docx = Path.Combine(work, "000.docx");
        File.WriteAllBytes(docx, BenchFixtures.Docx(plan));
        var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;

        if (!Convert(docx, work, profile, out var first)) return 2;
        var soffice = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            if (!Convert(docx, work, profile, out var ms)) return 2;
            soffice.Add(ms);
        }

        for (var i = 0; i < 20; i++) Pdf(plan, options);
        var inProcess = new List<double>();
        for (var i = 0; i < Math.Max(50, runs * 10); i++)
        {
            var watch = Stopwatch.StartNew();
            Pdf(plan, options);
            inProcess.Add(watch.Elapsed.TotalMilliseconds);
        }
        var sofficeMedian = Median(soffice);
        var pdfMedian = Median(inProcess);
        Console.WriteLine($"soffice --headless --convert-to pdf (000.docx): first {first:F0} ms, median of {runs} {sofficeMedian:F0} ms " +
            $"(min {soffice.Min():F0}, max {soffice.Max():F0})");
        Console.WriteLine($"PlanPdfWriter.Write in-process: median of {inProcess.Count} {pdfMedian:F2} ms (min {inProcess.Min():F2}, max {inProcess.Max():F2})");
        Console.WriteLine($"ratio soffice / in-process: {sofficeMedian / pdfMedian:F0}×");
        return 0;
    }

    private static void Pdf(CaiTien.Documents.Interchange.PlanDocument plan, DocumentOptions options)
    {
        using var output = new MemoryStream();
        PlanPdfWriter.Write(plan, output, options);
    }

    private static bool Convert(string docx, string outDir, string profile, out double ms)
    {
        var pdf = Path.ChangeExtension(docx, ".pdf");
        File.Delete(pdf);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("soffice",
            [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", outDir, docx])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.WaitForExit();
        ms = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode == 0 && File.Exists(pdf)) return true;
        Console.Error.WriteLine($"soffice failed ({process.ExitCode}): {process.StandardError.ReadToEnd()}");
        return false;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
