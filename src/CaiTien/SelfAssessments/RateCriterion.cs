using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.SelfAssessments.Engine;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments;

/// <summary>A council member saves the rating sheet of one criterion assigned to them: đạt / không đạt per
/// requirement, the written parts and the evidence codes. Everything is checked first; on any error nothing
/// is written.</summary>
public static class RateCriterion
{
    /// <param name="Met">True = đạt, false = không đạt, null = not rated (clears an earlier verdict).</param>
    public sealed record Verdict(int Level, string RequirementKey, bool? Met);

    public sealed record Sheet(
        string CriterionCode,
        IReadOnlyList<Verdict> Verdicts,
        string? Description = null,
        string? Strengths = null,
        string? Weaknesses = null,
        string? ImprovementIdea = null,
        IReadOnlyList<string>? EvidenceCodes = null);

    public const int MaxTextLength = 8000;

    public static async Task<Outcome> RunAsync(CaiTienDb db, CurrentUser user, string schoolYear, Sheet sheet,
        TimeProvider clock, CancellationToken ct = default)
    {
        var assessment = await AssessmentAccess.FindAsync(db, user, schoolYear, ct);
        if (assessment is null) return Outcome.NotFound($"Trường chưa có đợt tự đánh giá năm học {schoolYear}.");
        var framework = AssessmentAccess.FrameworkOf(assessment);
        var code = sheet.CriterionCode?.Trim() ?? "";
        if (framework.FindCriterion(code) is null)
            return Outcome.Invalid($"Tiêu chí {code} không có trong bộ tiêu chí của Thông tư {framework.Circular}.");
        var assignee = await db.CriterionAssignments.AsNoTracking()
            .Where(a => a.AssessmentId == assessment.Id && a.CriterionCode == code)
            .Select(a => new { a.Seat!.UserId, a.Seat.Name }).FirstOrDefaultAsync(ct);
        if (assignee?.UserId != user.UserId)
            return Outcome.Forbidden(assignee is null
                ? $"Tiêu chí {code} chưa được phân công; chỉ người được phân công mới được đánh giá tiêu chí này."
                : $"Tiêu chí {code} được phân công cho {assignee.Name}; bạn không được đánh giá tiêu chí này.");

        var errors = new List<string>();
        foreach (var verdict in sheet.Verdicts)
        {
            var check = RatingValidator.Check(framework, new RequirementRating(code, verdict.Level, verdict.RequirementKey ?? "", verdict.Met ?? false));
            if (!check.IsValid) errors.Add(check.Message!);
        }
        foreach (var twice in sheet.Verdicts.GroupBy(v => (v.Level, Key: v.RequirementKey?.ToLowerInvariant())).Where(g => g.Count() > 1))
            errors.Add($"Yêu cầu {twice.Key.Key}) của Mức {twice.Key.Level} được đánh giá hai lần trong cùng một lần lưu.");
        foreach (var (label, text) in new[] { ("Mô tả hiện trạng", sheet.Description), ("Điểm mạnh", sheet.Strengths), ("Điểm yếu", sheet.Weaknesses), ("Kế hoạch cải tiến", sheet.ImprovementIdea) })
            if (text?.Length > MaxTextLength) errors.Add($"{label} dài {text.Length} ký tự, vượt giới hạn {MaxTextLength} ký tự.");

        var codes = (sheet.EvidenceCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        errors.AddRange(await CheckEvidenceAsync(db, framework, assessment.Id, code, codes, ct));
        if (errors.Count > 0) return Outcome.Invalid(errors);

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ApplyVerdictsAsync(db, assessment.Id, code, sheet.Verdicts, user.UserId, now, ct);
        var report = await db.CriterionReports.FirstOrDefaultAsync(r => r.AssessmentId == assessment.Id && r.CriterionCode == code, ct);
        if (report is null) db.CriterionReports.Add(report = new CriterionReport { AssessmentId = assessment.Id, CriterionCode = code });
        report.Description = Blank(sheet.Description);
        report.Strengths = Blank(sheet.Strengths);
        report.Weaknesses = Blank(sheet.Weaknesses);
        report.ImprovementIdea = Blank(sheet.ImprovementIdea);
        report.UpdatedAt = now;
        db.EvidenceEntries.RemoveRange(await db.EvidenceEntries.Where(e => e.AssessmentId == assessment.Id && e.CriterionCode == code).ToListAsync(ct));
        // Deletes go first so that a code moved between positions does not hit the unique index.
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < codes.Count; i++)
            db.EvidenceEntries.Add(new EvidenceEntry { AssessmentId = assessment.Id, CriterionCode = code, Code = codes[i], CodeKey = EvidenceEntry.KeyOf(codes[i]), Order = i });
        assessment.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another save of this criterion raced this one; the transaction is rolled back.
            return Outcome.Invalid("Tiêu chí vừa được lưu ở nơi khác; chưa lưu. Hãy tải lại trang và kiểm tra mã minh chứng.");
        }
        await transaction.CommitAsync(ct);
        return Outcome.Done($"Đã lưu đánh giá tiêu chí {code}.");
    }

    private static async Task<List<string>> CheckEvidenceAsync(CaiTienDb db, Framework framework, int assessmentId, string criterionCode,
        List<string> codes, CancellationToken ct)
    {
        var errors = new List<string>();
        foreach (var c in codes)
        {
            var check = EvidenceCodeValidator.Check(framework, c);
            if (!check.IsValid) errors.Add(check.Message!);
        }
        foreach (var duplicate in EvidenceCodeValidator.FindDuplicates(codes))
            errors.Add($"Mã minh chứng “{duplicate}” được ghi hai lần cho tiêu chí {criterionCode}.");
        // A code of another criterion may be cited here too (shared evidence), but only one that criterion has already cited,
        // so every code keeps one home criterion.
        var foreign = codes.Where(c => EvidenceCodeValidator.ReadCriterionCode(c) is { } home && home != criterionCode).ToList();
        var keys = foreign.Select(EvidenceEntry.KeyOf).ToList();
        var homed = await db.EvidenceEntries.AsNoTracking()
            .Where(e => e.AssessmentId == assessmentId && e.CriterionCode != criterionCode && keys.Contains(e.CodeKey))
            .Select(e => e.CodeKey).ToListAsync(ct);
        foreach (var c in foreign.Where(c => !homed.Contains(EvidenceEntry.KeyOf(c))))
            errors.Add($"Mã minh chứng “{c}” thuộc tiêu chí {EvidenceCodeValidator.ReadCriterionCode(c)} nhưng tiêu chí đó chưa ghi mã này; hãy ghi mã ở tiêu chí {EvidenceCodeValidator.ReadCriterionCode(c)} trước rồi dùng chung.");
        return errors;
    }

    private static async Task ApplyVerdictsAsync(CaiTienDb db, int assessmentId, string code, IReadOnlyList<Verdict> verdicts,
        string userId, DateTimeOffset now, CancellationToken ct)
    {
        var stored = await db.RatingEntries.Where(r => r.AssessmentId == assessmentId && r.CriterionCode == code).ToListAsync(ct);
        foreach (var verdict in verdicts)
        {
            var key = verdict.RequirementKey.Trim().ToLowerInvariant();
            var entry = stored.FirstOrDefault(r => r.Level == verdict.Level && r.RequirementKey == key);
            if (verdict.Met is null)
            {
                if (entry is not null) db.RatingEntries.Remove(entry);
                continue;
            }
            if (entry is null)
                db.RatingEntries.Add(entry = new RatingEntry { AssessmentId = assessmentId, CriterionCode = code, Level = verdict.Level, RequirementKey = key });
            if (entry.Id == 0 || entry.Met != verdict.Met.Value)
            {
                entry.Met = verdict.Met.Value;
                entry.RatedBy = userId;
                entry.RatedAt = now;
            }
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
