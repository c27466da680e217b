using System.Diagnostics;
using CaiTien.Catalogs;
using CaiTien.Documents.Export;
using CaiTien.Documents.Reports;
using CaiTien.Evidence;
using CaiTien.Plans;
using CaiTien.SelfAssessments.Reports;

namespace CaiTien.Bench;

/// <summary>`-- report [runs]` (issue 18): the báo cáo tự đánh giá of a 27-criterion TT17 school as DOCX and PDF against
/// the plan letter of fixture 000 (DOCX and PDF) in the same run (targets: DOCX ≤ 100 ms, PDF ≤ 400 ms), and the evidence
/// package written to a non-seekable sink: bytes allocated for 100 and 500 files, and for 500 small vs 500 large files
/// (streamed = allocations independent of the file sizes).</summary>
public static class ReportRun
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 15;
        var framework = FrameworkRegistry.Default.ForLevel("primary", "2018")!;
        var report = SyntheticReport(framework);
        var plan = BenchFixtures.Plan("000");
        var options = RenderPlan.OptionsFor(plan);

        var planDocx = Median(runs, () => { using var s = new MemoryStream(); PlanDocxWriter.Write(plan, s, options); });
        var planPdf = Median(runs, () => { using var s = new MemoryStream(); PlanPdfWriter.Write(plan, s, options); });
        var reportDocx = Median(runs, () => { using var s = new MemoryStream(); ReportComposer.WriteDocx(ReportComposer.Compose(report, new List<string>()), s); });
        var reportPdf = Median(runs, () => { using var s = new MemoryStream(); ReportComposer.WritePdf(ReportComposer.Compose(report, new List<string>()), s); });
        using (var probe = new MemoryStream())
        {
            ReportComposer.WritePdf(ReportComposer.Compose(report, new List<string>()), probe);
            Console.WriteLine($"report: {report.Standards.Sum(s => s.Criteria.Count)} criteria, PDF {probe.Length / 1024} KB");
        }
        Console.WriteLine($"plan letter 000 DOCX (baseline)  median {planDocx,7:0.0} ms");
        Console.WriteLine($"report DOCX                      median {reportDocx,7:0.0} ms  ratio {reportDocx / planDocx:0.00}  target ≤ 100 ms");
        Console.WriteLine($"plan letter 000 PDF (baseline)   median {planPdf,7:0.0} ms");
        Console.WriteLine($"report PDF                       median {reportPdf,7:0.0} ms  ratio {reportPdf / planPdf:0.00}  target ≤ 400 ms");

        var root = Directory.CreateTempSubdirectory("caitien-bench-package-").FullName;
        try
        {
            var store = new CaiTien.Files.LocalFileStore(root);
            var cover = new ReportCover(null, "Trường Tiểu học Bench", "2024-2025", framework.Circular, null, null);
            foreach (var (count, size) in new[] { (100, 16 * 1024), (500, 16 * 1024), (500, 256 * 1024) })
            {
                var evidence = Evidence(framework, store, count, size);
                Package(evidence, cover, store); // warm up
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                var written = Package(evidence, cover, store);
                watch.Stop();
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                Console.WriteLine($"package {count,3} files × {size / 1024,3} KB: {written / 1024 / 1024,4} MB written in {watch.ElapsedMilliseconds,5} ms, " +
                    $"allocated {allocated / 1024,6} KB ({allocated / count / 1024.0:0.0} KB per file, {100.0 * allocated / written:0.00}% of the bytes written)");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
        return 0;
    }

    private static long Package(AssessmentEvidence evidence, ReportCover cover, CaiTien.Files.LocalFileStore store)
    {
        using var sink = new CountingSink();
        EvidencePackage.WriteAsync(evidence, cover, store, sink, CancellationToken.None).GetAwaiter().GetResult();
        return sink.Written;
    }

    private static AssessmentEvidence Evidence(Framework framework, CaiTien.Files.LocalFileStore store, int count, int size)
    {
        var criteria = framework.Criteria.ToList();
        var files = new List<AssessmentEvidence.StoredFile>();
        var citations = new List<AssessmentEvidence.Citation>();
        var random = new Random(count * 7 + size);
        for (var i = 0; i < count; i++)
        {
            var criterion = criteria[i % criteria.Count];
            var code = $"[H{criterion.StandardNumber}-{criterion.Code}-{i / criteria.Count + 1:00}]";
            var bytes = new byte[size];
            random.NextBytes(bytes);
            using var staged = CaiTien.Files.StagedFile.CreateAsync(new MemoryStream(bytes), Path.Combine(store.Root, "tmp")).GetAwaiter().GetResult()!;
            store.PutAsync(staged).GetAwaiter().GetResult();
            files.Add(new AssessmentEvidence.StoredFile(i + 1, 1, 1, criterion.Code, code, $"Minh chứng {i + 1}", $"tep-{i + 1}.pdf", staged.Sha256, size,
                $"{i + 1}/QĐ-TH", new DateOnly(2024, 9, 1), "Trường Tiểu học Bench", new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero), "2024-2025"));
            citations.Add(new AssessmentEvidence.Citation(code, code, [criterion.Code]));
        }
        return new AssessmentEvidence { Framework = framework, Citations = citations, Files = files };
    }

    private static SelfAssessmentReport SyntheticReport(Framework framework)
    {
        var layout = framework.Report!;
        const string sentence = "Nhà trường thực hiện đầy đủ các nội dung theo quy định, có văn bản phê duyệt và công khai trên trang thông tin điện tử [H1-1.1-01]. ";
        var standards = framework.Standards.Select(s => new ReportStandard(s.Number, s.Title, "Đạt Mức 2", string.Concat(Enumerable.Repeat(sentence, 4)),
            string.Concat(Enumerable.Repeat(sentence, 3)),
            s.Criteria.Select(c => new ReportCriterion(c.Code, c.Title,
                c.Levels.OrderBy(l => l.Key).SelectMany(l => l.Value.Select(r => new ReportRequirement(l.Key, r.Key, r.Text, l.Key < 3))).ToList(),
                string.Concat(Enumerable.Repeat(sentence, 8)), string.Concat(Enumerable.Repeat(sentence, 3)), string.Concat(Enumerable.Repeat(sentence, 2)),
                ["Mục tiêu: Đạt Mức 3. Công việc: Rà soát, bổ sung kế hoạch. Chủ trì: Hiệu trưởng. Thời gian: Từ tháng 9/2024 đến tháng 5/2025."],
                [$"[H{s.Number}-{c.Code}-01]", $"[H{s.Number}-{c.Code}-02]"], "Đạt Mức 2", true)).ToList())).ToList();
        var evidence = standards.SelectMany(s => s.Criteria).SelectMany(c => c.EvidenceCodes.Select(code =>
            new EvidenceListLine(code, "Kế hoạch năm học", "12/KH-TH, ngày 05/09/2024", "Trường Tiểu học", null, c.Code))).ToList();
        return new SelfAssessmentReport(layout, new ReportCover("UBND huyện Dầu Tiếng", "Trường Tiểu học Định Phước", "2024-2025", framework.Circular, "Định Hiệp", null),
            layout.Facts.Select(f => new ReportFact(f.Label, "Nội dung")).ToList(), string.Concat(Enumerable.Repeat(sentence, 10)), string.Concat(Enumerable.Repeat(sentence, 6)),
            new ReportSummary("Mức 1", [new ReportTally(1, "27/27", "100%", "00/27", "0%"), new ReportTally(2, "20/27", "74,07%", "07/27", "25,93%"), new ReportTally(3, "05/19", "26,32%", "14/19", "73,68%")]),
            standards, evidence);
    }

    private static double Median(int runs, Action action)
    {
        action();
        action();
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

    /// <summary>A write-only, non-seekable stream that only counts, as a response body would behave.</summary>
    private sealed class CountingSink : Stream
    {
        public long Written { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written += count;
        public override void Write(ReadOnlySpan<byte> buffer) => Written += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
