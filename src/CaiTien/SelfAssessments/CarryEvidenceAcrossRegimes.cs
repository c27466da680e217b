using CaiTien.Catalogs;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments;

/// <summary>Copying last year's assessment into a year under another framework (2018 circular → TT57): the
/// verdicts do not carry over (the requirements differ), but evidence codes are converted ([H1-1.1-01] →
/// MC.x.y.01) and the written parts move to the proposed criterion of the crosswalk, for the principal to confirm
/// or change on the rating page.</summary>
public static class CarryEvidenceAcrossRegimes
{
    public static async Task<Outcome> RunAsync(CaiTienDb db, SelfAssessment previous, SelfAssessment current, CrosswalkTable table,
        DateTimeOffset now, CancellationToken ct = default)
    {
        var framework = FrameworkRegistry.Default.Get(current.FrameworkId);
        var existing = await db.EvidenceEntries.AsNoTracking().Where(e => e.AssessmentId == current.Id)
            .Select(e => new { e.CriterionCode, e.CodeKey }).ToListAsync(ct);
        var withEvidence = existing.Select(e => e.CriterionCode).ToHashSet();
        var usedKeys = existing.Select(e => e.CodeKey).ToHashSet();
        var old = await db.EvidenceEntries.AsNoTracking().Where(e => e.AssessmentId == previous.Id).OrderBy(e => e.Order).ToListAsync(ct);
        var conversions = EvidenceCodeConverter.To2026(old.Select(e => e.Code), table, Crosswalk.Default.EvidenceCodeFormat);
        int converted = 0, refused = 0, order = existing.Count;
        foreach (var conversion in conversions)
        {
            var criterion = conversion.Converted is { } code ? CriterionOf(code) : null;
            if (criterion is null || framework.FindCriterion(criterion) is null) { refused++; continue; }
            if (withEvidence.Contains(criterion) || !usedKeys.Add(EvidenceEntry.KeyOf(conversion.Converted!))) continue;
            db.EvidenceEntries.Add(new EvidenceEntry
            {
                AssessmentId = current.Id, CriterionCode = criterion, Code = conversion.Converted!, CodeKey = EvidenceEntry.KeyOf(conversion.Converted!), Order = order++,
            });
            converted++;
        }

        var reports = await db.CriterionReports.Where(r => r.AssessmentId == current.Id).ToDictionaryAsync(r => r.CriterionCode, ct);
        foreach (var report in await db.CriterionReports.AsNoTracking().Where(r => r.AssessmentId == previous.Id).ToListAsync(ct))
        {
            if (table.Propose(report.CriterionCode) is not { } target || framework.FindCriterion(target) is null) continue;
            if (!reports.TryGetValue(target, out var into))
                db.CriterionReports.Add(reports[target] = into = new CriterionReport { AssessmentId = current.Id, CriterionCode = target });
            into.Weaknesses ??= report.Weaknesses;
            into.ImprovementIdea ??= report.ImprovementIdea;
            into.UpdatedAt = now;
        }
        current.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Năm học {previous.SchoolYear} theo bộ tiêu chuẩn khác: đã chuyển {converted} mã minh chứng sang dạng {framework.Circular} "
            + $"theo bảng đối chiếu tiêu chí (đề xuất, hãy xác nhận hoặc sửa trên trang đánh giá){(refused > 0 ? $"; {refused} mã không chuyển được" : "")}. "
            + "Kết quả đạt/không đạt không sao chép vì yêu cầu của hai bộ tiêu chuẩn khác nhau.");
    }

    /// <summary>"MC.1.1.01" → "1.1".</summary>
    private static string? CriterionOf(string code)
    {
        var parts = code.Split('.');
        return parts.Length == 4 ? $"{parts[1]}.{parts[2]}" : null;
    }
}
