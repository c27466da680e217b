using System.Text.Json;
using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Reports;
using CaiTien.Plans;
using CaiTien.SelfAssessments.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments.Reports;

/// <summary>Maps a school's self-assessment of one year (ratings, written sheets, report texts, the year's plan rows
/// and the evidence) to the report records the document renderers take. Levels come from the level engine.</summary>
public static class BuildAssessmentReport
{
    public sealed record Result(SelfAssessmentReport? Report, AssessmentResult? Levels, IReadOnlyList<string> Warnings, string? Error);

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, string schoolYear, CancellationToken ct = default)
    {
        var assessment = await AssessmentAccess.FindAsync(db, user, schoolYear, ct);
        if (assessment is null) return new Result(null, null, [], $"Trường chưa có đợt tự đánh giá năm học {schoolYear}.");
        return await ForAsync(db, assessment, ct);
    }

    public static async Task<Result> ForAsync(CaiTienDb db, SelfAssessment assessment, CancellationToken ct = default)
    {
        var framework = AssessmentAccess.FrameworkOf(assessment);
        var layout = framework.Report;
        if (layout is null)
            return new Result(null, null, [], $"Bộ tiêu chuẩn {framework.Circular} chưa khai báo cấu trúc báo cáo tự đánh giá.");
        var warnings = new List<string>();
        var ratings = await db.RatingEntries.AsNoTracking().Where(r => r.AssessmentId == assessment.Id)
            .Select(r => new { r.CriterionCode, r.Level, r.RequirementKey, r.Met }).ToListAsync(ct);
        var levels = LevelEngine.Evaluate(framework, ratings.Select(r => new RequirementRating(r.CriterionCode, r.Level, r.RequirementKey, r.Met)).ToList());
        var verdicts = ratings.ToDictionary(r => (r.CriterionCode, r.Level, r.RequirementKey.ToLowerInvariant()), r => r.Met);
        var sheets = await db.CriterionReports.AsNoTracking().Where(r => r.AssessmentId == assessment.Id).ToDictionaryAsync(r => r.CriterionCode, ct);
        var texts = await db.Set<AssessmentReportText>().AsNoTracking().FirstOrDefaultAsync(t => t.AssessmentId == assessment.Id, ct);
        var standardTexts = await db.Set<StandardReportText>().AsNoTracking().Where(t => t.AssessmentId == assessment.Id).ToDictionaryAsync(t => t.StandardNumber, ct);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == assessment.SchoolId)
            .Select(s => new { s.Name, s.GoverningBody, s.Place }).FirstAsync(ct);
        var planRows = await YearPlanRowsAsync(db, assessment, ct);
        var evidence = await AssessmentEvidence.LoadAsync(db, assessment, ct);
        var cited = evidence.Citations.SelectMany(c => c.Criteria.Select(k => (Criterion: k, c.Code)))
            .GroupBy(x => x.Criterion).ToDictionary(g => g.Key, g => g.Select(x => x.Code).ToList());

        var standards = new List<ReportStandard>();
        foreach (var standard in framework.Standards)
        {
            var criteria = new List<ReportCriterion>();
            foreach (var criterion in standard.Criteria)
            {
                var computed = levels.Find(criterion.Code)!;
                var sheet = sheets.GetValueOrDefault(criterion.Code);
                var requirements = criterion.Levels.OrderBy(l => l.Key).SelectMany(l => l.Value.Select(r =>
                    new ReportRequirement(l.Key, r.Key, r.Text, verdicts.TryGetValue((criterion.Code, l.Key, r.Key.ToLowerInvariant()), out var met) ? met : null))).ToList();
                CheckCodesInText(framework, criterion.Code, sheet, warnings);
                criteria.Add(new ReportCriterion(criterion.Code, criterion.Title, requirements, sheet?.Description, sheet?.Strengths, sheet?.Weaknesses,
                    PlanParagraph.Lines(planRows.Where(r => r.Criterion == criterion.Code)), cited.GetValueOrDefault(criterion.Code) ?? [],
                    computed.VerdictText, !computed.Pending || computed.Level > 0));
            }
            var standardResult = levels.Standards.First(s => s.Number == standard.Number);
            var st = standardTexts.GetValueOrDefault(standard.Number);
            standards.Add(new ReportStandard(standard.Number, standard.Title, levels.StandardText(standardResult), st?.Opening, st?.Closing, criteria));
        }

        var facts = ReadFacts(texts?.FactsJson);
        facts.TryAdd("schoolName", school.Name);
        if (school.GoverningBody is not null) facts.TryAdd("governingBody", school.GoverningBody);
        var report = new SelfAssessmentReport(
            layout,
            new ReportCover(school.GoverningBody, school.Name, assessment.SchoolYear, framework.Circular, school.Place, null),
            layout.Facts.Select(f => new ReportFact(f.Label, facts.GetValueOrDefault(f.Key))).ToList(),
            texts?.Introduction,
            texts?.Conclusion,
            new ReportSummary(levels.SchoolLevelText, levels.LevelCounts.Select(t =>
                new ReportTally(t.Level, t.RatioText, t.PercentText, $"{t.NotMet:00}/{t.Total:00}", t.NotMetPercentText)).ToList()),
            standards,
            evidence.ListLines());
        return new Result(report, levels, warnings, null);
    }

    /// <summary>The rows of the year's plan (its latest revision) in table order.</summary>
    public static async Task<List<PlanRow>> YearPlanRowsAsync(CaiTienDb db, SelfAssessment assessment, CancellationToken ct)
    {
        var planId = await db.Plans.AsNoTracking().Where(p => p.SchoolId == assessment.SchoolId && p.SchoolYear == assessment.SchoolYear)
            .OrderByDescending(p => p.Revision).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (planId is null) return [];
        return await db.PlanRows.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Position).ToListAsync(ct);
    }

    public static Dictionary<string, string> ReadFacts(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void CheckCodesInText(Framework framework, string criterion, CriterionReport? sheet, List<string> warnings)
    {
        if (sheet is null) return;
        foreach (var code in new[] { sheet.Description, sheet.Strengths, sheet.Weaknesses }.SelectMany(AssessmentEvidence.CodesInText).Distinct())
        {
            var check = EvidenceCodeValidator.Check(framework, code);
            if (!check.IsValid) warnings.Add($"Tiêu chí {criterion}: {check.Message}");
        }
    }
}
