using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments;

/// <summary>"Sao chép đánh giá năm trước": fills this year's assessment from the previous school year's,
/// without overwriting anything already entered this year: unrated requirements take last year's verdict,
/// empty written parts take last year's text, and a criterion with no evidence codes takes last year's codes
/// (except codes this year already uses elsewhere). Across frameworks (2018 → TT57) see <see cref="CarryEvidenceAcrossRegimes"/>.</summary>
public static class CopyPreviousRatings
{
    public static async Task<Outcome> RunAsync(CaiTienDb db, CurrentUser user, string schoolYear, TimeProvider clock, CancellationToken ct = default)
    {
        if (!SchoolYears.IsValid(schoolYear)) return Outcome.Invalid($"Năm học “{schoolYear}” không hợp lệ (viết dạng 2025-2026).");
        if (!AssessmentAccess.CanManage(user)) return Outcome.Forbidden(AssessmentAccess.ManageOnlyMessage);
        var previousYear = $"{SchoolYears.StartYear(schoolYear) - 1}-{SchoolYears.StartYear(schoolYear)}";
        var previous = await AssessmentAccess.FindAsync(db, user, previousYear, ct);
        if (previous is null) return Outcome.NotFound($"Trường không có kết quả tự đánh giá năm học {previousYear} để sao chép.");
        var now = clock.GetUtcNow();
        var (current, refused) = await AssessmentAccess.FindOrStartAsync(db, user, schoolYear, now, ct);
        if (refused is not null) return refused;
        if (current!.FrameworkId != previous.FrameworkId && Crosswalk.Default.From(previous.FrameworkId) is { } table && table.ToFrameworkId == current.FrameworkId)
        {
            if (current.Id == 0) await db.SaveChangesAsync(ct);
            return await CarryEvidenceAcrossRegimes.RunAsync(db, previous, current, table, now, ct);
        }
        if (current.FrameworkId != previous.FrameworkId)
        {
            if (current.Id == 0) db.Entry(current).State = EntityState.Detached;
            return Outcome.Invalid($"Năm học {previousYear} đánh giá theo {AssessmentAccess.FrameworkOf(previous).Circular}, năm học {schoolYear} theo {AssessmentAccess.FrameworkOf(current).Circular}; không sao chép được giữa hai bộ tiêu chuẩn khác nhau.");
        }
        if (current.Id == 0) await db.SaveChangesAsync(ct);

        var oldRatings = await db.RatingEntries.AsNoTracking().Where(r => r.AssessmentId == previous.Id).ToListAsync(ct);
        var rated = (await db.RatingEntries.AsNoTracking().Where(r => r.AssessmentId == current.Id)
            .Select(r => new { r.CriterionCode, r.Level, r.RequirementKey }).ToListAsync(ct))
            .Select(r => (r.CriterionCode, r.Level, r.RequirementKey)).ToHashSet();
        var copiedRatings = 0;
        foreach (var old in oldRatings.Where(r => !rated.Contains((r.CriterionCode, r.Level, r.RequirementKey))))
        {
            db.RatingEntries.Add(new RatingEntry
            {
                AssessmentId = current.Id, CriterionCode = old.CriterionCode, Level = old.Level, RequirementKey = old.RequirementKey,
                Met = old.Met, RatedBy = user.UserId, RatedAt = now,
            });
            copiedRatings++;
        }

        var oldReports = await db.CriterionReports.AsNoTracking().Where(r => r.AssessmentId == previous.Id).ToListAsync(ct);
        var reports = await db.CriterionReports.Where(r => r.AssessmentId == current.Id).ToDictionaryAsync(r => r.CriterionCode, ct);
        foreach (var old in oldReports)
        {
            if (!reports.TryGetValue(old.CriterionCode, out var report))
                db.CriterionReports.Add(report = new CriterionReport { AssessmentId = current.Id, CriterionCode = old.CriterionCode });
            report.Description ??= old.Description;
            report.Strengths ??= old.Strengths;
            report.Weaknesses ??= old.Weaknesses;
            report.ImprovementIdea ??= old.ImprovementIdea;
            report.UpdatedAt = now;
        }

        var evidence = await db.EvidenceEntries.AsNoTracking().Where(e => e.AssessmentId == current.Id)
            .Select(e => new { e.CriterionCode, e.CodeKey }).ToListAsync(ct);
        var withEvidence = evidence.Select(e => e.CriterionCode).ToHashSet();
        var usedKeys = evidence.Select(e => e.CodeKey).ToHashSet();
        var copiedCodes = 0;
        foreach (var old in await db.EvidenceEntries.AsNoTracking().Where(e => e.AssessmentId == previous.Id).OrderBy(e => e.Order).ToListAsync(ct))
        {
            if (withEvidence.Contains(old.CriterionCode) || !usedKeys.Add(old.CodeKey)) continue;
            db.EvidenceEntries.Add(new EvidenceEntry { AssessmentId = current.Id, CriterionCode = old.CriterionCode, Code = old.Code, CodeKey = old.CodeKey, Order = old.Order });
            copiedCodes++;
        }
        current.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Đã sao chép từ năm học {previousYear}: {copiedRatings} yêu cầu đã đánh giá, {copiedCodes} mã minh chứng. Những gì đã nhập trong năm học {schoolYear} được giữ nguyên.");
    }
}
