using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Starts a school year's plan: blank, or carried over from another plan (its rows not done, months
/// moved to the new year, each noted "chuyển tiếp từ năm học …").</summary>
public static class CreatePlan
{
    public sealed record Result(int? PlanId, string? Error);

    public static async Task<Result> BlankAsync(CaiTienDb db, CurrentUser user, string year, TimeProvider clock, CancellationToken ct = default)
    {
        if (!user.CanAuthorPlans) return new Result(null, "Chỉ Hiệu trưởng hoặc thành viên Hội đồng được lập kế hoạch.");
        if (!SchoolYears.IsValid(year)) return new Result(null, $"Năm học \"{year}\" phải có dạng 2025-2026.");
        if (await db.Plans.AnyAsync(p => p.SchoolId == user.SchoolId && p.SchoolYear == year, ct))
            return new Result(null, $"Trường đã có kế hoạch năm học {year}.");
        var school = await db.Schools.FirstAsync(s => s.Id == user.SchoolId, ct);
        var plan = await NewDraftAsync(db, school, year, clock, ct);
        if (plan is null) return new Result(null, "Chưa có bộ tiêu chuẩn cho cấp học của trường trong năm học này.");
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return new Result(plan.Id, null);
    }

    public static async Task<Result> CarryOverAsync(CaiTienDb db, CurrentUser user, int fromPlanId, TimeProvider clock, CancellationToken ct = default)
    {
        if (!user.CanAuthorPlans) return new Result(null, "Chỉ Hiệu trưởng hoặc thành viên Hội đồng được lập kế hoạch.");
        var source = await db.Plans.AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == fromPlanId && p.SchoolId == user.SchoolId, ct);
        if (source is null) return new Result(null, "Không tìm thấy kế hoạch.");
        var year = SchoolYears.Next(source.SchoolYear);
        if (await db.Plans.AnyAsync(p => p.SchoolId == user.SchoolId && p.SchoolYear == year, ct))
            return new Result(null, $"Trường đã có kế hoạch năm học {year}.");
        var school = await db.Schools.FirstAsync(s => s.Id == user.SchoolId, ct);
        var plan = await NewDraftAsync(db, school, year, clock, ct);
        if (plan is null) return new Result(null, "Chưa có bộ tiêu chuẩn cho cấp học của trường trong năm học này.");
        plan.Purposes = [.. source.Purposes];
        plan.Organization = [.. source.Organization];
        // Last year's recipients, except that last year's supervising unit gives way to this year's (after the reform).
        var oldUnit = await Supervision.UnitOfAsync(db, school.Id, source.SchoolYear, ct);
        var newOffice = plan.Recipients[0];
        plan.Recipients = source.Recipients.Count == 0 ? plan.Recipients : source.Recipients
            .Select(r => string.Equals(r.Trim().TrimEnd(';', '.').Trim(), oldUnit.OfficeName, StringComparison.OrdinalIgnoreCase) ? newOffice : r).ToList();
        var sameFramework = plan.FrameworkId == source.FrameworkId;
        var crosswalk = sameFramework ? null : Crosswalk.Default.From(source.FrameworkId);
        var fromCircular = FrameworkRegistry.Default.Find(source.FrameworkId)?.Circular ?? source.FrameworkId;
        foreach (var row in source.OrderedRows().Where(r => !r.Completed))
        {
            var copy = PlanMapping.ToRow(PlanMapping.ToItem(row), 0);
            copy.Start = ShiftYear(row.Start);
            copy.End = ShiftYear(row.End);
            copy.TimeText = copy.Start is null ? row.TimeText : TimeTextFor(copy.Start, copy.End);
            var proposed = crosswalk?.Find(row.Criterion);
            if (!sameFramework)
            {
                copy.Criterion = proposed?.To ?? row.Criterion;
                copy.CriterionTitleAsWritten = null;
                copy.StandardHeadingAsWritten = null;
                copy.TargetLevel = null;
            }
            var note = $"Chuyển tiếp từ năm học {source.SchoolYear}" + (sameFramework ? "" : proposed is null
                ? $" (tiêu chí {row.Criterion} theo {fromCircular}: chưa có tiêu chí tương ứng, cần chọn)"
                : $" (tiêu chí {row.Criterion} theo {fromCircular}, đề xuất tiêu chí {proposed.To}, độ tin cậy {proposed.Confidence}: cần xác nhận)");
            copy.Notes = string.IsNullOrWhiteSpace(row.Notes) ? note : $"{note}. {row.Notes}";
            plan.AddRow(copy);
        }
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return new Result(plan.Id, null);
    }

    private static async Task<Plan?> NewDraftAsync(CaiTienDb db, School school, string year, TimeProvider clock, CancellationToken ct)
    {
        var choice = await db.FrameworkChoices.Where(c => c.SchoolId == school.Id && c.SchoolYear == year && c.Level == school.Level)
            .Select(c => c.FrameworkId).FirstOrDefaultAsync(ct);
        var framework = FrameworkRegistry.Default.Find(choice) ?? FrameworkRegistry.Default.ForLevel(school.Level, SchoolYears.DefaultRegime(year));
        if (framework is null) return null;
        var now = clock.GetUtcNow();
        // Header and recipients follow the unit of the plan's own year (UBND xã … from 2025-2026 on).
        var unit = await Supervision.UnitOfAsync(db, school.Id, year, ct);
        return new Plan
        {
            SchoolId = school.Id,
            SchoolYear = year,
            FrameworkId = framework.Id,
            SchoolName = school.Name,
            SchoolLevel = school.Level,
            GoverningBody = Letterhead.GoverningBody(unit) ?? school.GoverningBody,
            Place = school.Place,
            Province = null,
            DocumentNumber = await SuggestDocumentNumber.ForAsync(db, school.Id, ct),
            Title = $"KẾ HOẠCH Cải tiến chất lượng giáo dục năm học {year}",
            LegalBases = [LegalBases.FromText($"Thông tư số {framework.Circular} của Bộ Giáo dục và Đào tạo: {framework.Title}.")],
            Recipients = [unit.OfficeName, "Lưu: VT"],
            HasSigner = true,
            SignerTitle = "HIỆU TRƯỞNG",
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static string? ShiftYear(string? month) => month is { Length: 7 } ? $"{int.Parse(month[..4]) + 1}{month[4..]}" : null;

    private static string TimeTextFor(string start, string? end) =>
        end is null || end == start
            ? $"Tháng {int.Parse(start[5..])}/{start[..4]}"
            : $"Từ tháng {int.Parse(start[5..])}/{start[..4]} đến tháng {int.Parse(end[5..])}/{end[..4]}";
}
