using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments.Reports;

/// <summary>Rà soát minh chứng: criteria with no evidence, codes cited (in the evidence list or typed in the text) with
/// no file, files cited nowhere, the same content uploaded twice, and evidence older than the cycle allows. Each issue
/// carries what to fix and where (<see cref="Target"/>), which the page turns into a link.</summary>
public static class EvidenceHealth
{
    public enum Kind { CriterionWithoutEvidence, CodeWithoutFile, FileNotCited, DuplicateFile, TooOld }

    public enum Target { RateCriterion, UploadOnRow, PlanEvidence }

    /// <param name="Id">The criterion code (RateCriterion), the row id (UploadOnRow) or the plan id (PlanEvidence).</param>
    public sealed record Issue(Kind Kind, string Message, Target Target, string Id);

    public sealed record Report(IReadOnlyList<Issue> Issues, int MaxAgeYears, DateOnly Cutoff);

    public const int DefaultMaxAgeYears = 5;

    public static async Task<Report> RunAsync(CaiTienDb db, SelfAssessment assessment, CancellationToken ct)
    {
        var evidence = await AssessmentEvidence.LoadAsync(db, assessment, ct);
        var texts = await db.CriterionReports.AsNoTracking().Where(r => r.AssessmentId == assessment.Id)
            .Select(r => new { r.CriterionCode, r.Description, r.Strengths, r.Weaknesses }).ToListAsync(ct);
        var rows = await BuildAssessmentReport.YearPlanRowsAsync(db, assessment, ct);
        var maxAge = evidence.Framework.Report?.EvidenceMaxAgeYears ?? DefaultMaxAgeYears;
        // A cycle of N years ends with the assessment's year: the oldest school year in it starts N-1 years earlier.
        var cutoff = new DateOnly(SchoolYears.StartYear(assessment.SchoolYear) - (maxAge - 1), 8, 1);
        var issues = new List<Issue>();

        var cited = evidence.Citations.SelectMany(c => c.Criteria).ToHashSet();
        foreach (var criterion in evidence.Framework.Criteria.Where(c => !cited.Contains(c.Code)))
            issues.Add(new Issue(Kind.CriterionWithoutEvidence, $"Tiêu chí {criterion.Code} chưa có mã minh chứng nào.", Target.RateCriterion, criterion.Code));

        var inText = texts.SelectMany(t => new[] { t.Description, t.Strengths, t.Weaknesses }.SelectMany(AssessmentEvidence.CodesInText)
            .Select(code => (Code: code, t.CriterionCode))).ToList();
        var wanted = evidence.Citations.Select(c => (c.Code, Criterion: c.Criteria[0], Where: "danh sách minh chứng"))
            .Concat(inText.Select(x => (x.Code, Criterion: x.CriterionCode, Where: "phần viết")))
            .DistinctBy(x => EvidenceEntry.KeyOf(x.Code));
        foreach (var (code, criterion, where) in wanted.Where(w => !evidence.FileByKey.ContainsKey(EvidenceEntry.KeyOf(w.Code))))
        {
            var home = Catalogs.EvidenceCodeValidator.ReadCriterionCode(code) ?? criterion;
            var row = rows.FirstOrDefault(r => r.Criterion == home);
            issues.Add(row is null
                ? new Issue(Kind.CodeWithoutFile, $"Mã “{code}” ({where} của tiêu chí {criterion}) chưa có tệp; kế hoạch năm học chưa có dòng cho tiêu chí {home} để nộp tệp.", Target.RateCriterion, criterion)
                : new Issue(Kind.CodeWithoutFile, $"Mã “{code}” ({where} của tiêu chí {criterion}) chưa có tệp.", Target.UploadOnRow, row.Id.ToString()));
        }

        var referenced = evidence.Citations.Select(c => c.Key).Concat(inText.Select(x => EvidenceEntry.KeyOf(x.Code))).ToHashSet();
        foreach (var file in evidence.Files.Where(f => f.Code is null || !referenced.Contains(EvidenceEntry.KeyOf(f.Code))))
            issues.Add(new Issue(Kind.FileNotCited, file.Code is null
                ? $"Tệp “{file.FileName}” ({file.Title}, tiêu chí {file.Criterion}, năm học {file.SchoolYear}) chưa có mã minh chứng nên không được trích dẫn."
                : $"Tệp “{file.FileName}” mã “{file.Code}” không được tiêu chí nào trích dẫn.", Target.PlanEvidence, file.PlanId.ToString()));

        foreach (var group in evidence.Files.GroupBy(f => f.Sha256).Where(g => g.Count() > 1))
        {
            var names = string.Join(", ", group.Select(f => $"“{f.FileName}”" + (f.Code is null ? "" : $" ({f.Code})")));
            issues.Add(new Issue(Kind.DuplicateFile, $"Cùng một nội dung được nộp {group.Count()} lần: {names}.", Target.PlanEvidence, group.First().PlanId.ToString()));
        }

        foreach (var file in evidence.Files)
        {
            var date = file.DocumentDate ?? VietnamClock.DayOf(file.UploadedAt);
            if (date >= cutoff) continue;
            issues.Add(new Issue(Kind.TooOld,
                $"Minh chứng “{file.Title}”{(file.Code is null ? "" : $" ({file.Code})")} ngày {Day(date)}, trước chu kỳ {maxAge} năm (từ {Day(cutoff)}).",
                Target.PlanEvidence, file.PlanId.ToString()));
        }
        return new Report(issues, maxAge, cutoff);
    }

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Title(Kind kind) => kind switch
    {
        Kind.CriterionWithoutEvidence => "Tiêu chí chưa có minh chứng",
        Kind.CodeWithoutFile => "Mã minh chứng chưa có tệp",
        Kind.FileNotCited => "Tệp không được trích dẫn",
        Kind.DuplicateFile => "Tệp nộp trùng",
        _ => "Minh chứng quá cũ so với chu kỳ",
    };
}
