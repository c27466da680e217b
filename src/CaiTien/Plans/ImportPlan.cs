using System.Globalization;
using System.Text;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Saves a caitien.plan/1 document as a plan of one school. Everything is checked first; on any
/// error nothing is written.</summary>
public static class ImportPlan
{
    public sealed record Result(int? PlanId, IReadOnlyList<PlanReadError> Errors)
    {
        public bool Ok => PlanId is not null;
    }

    public static async Task<Result> RunAsync(CaiTienDb db, int schoolId, PlanDocument doc, bool replace,
        TimeProvider clock, FrameworkRegistry? frameworks = null, CancellationToken ct = default)
    {
        frameworks ??= FrameworkRegistry.Default;
        var errors = PlanJson.Validate(doc);
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null) return new Result(null, [new("$.school", "Không tìm thấy trường.")]);
        if (!SameName(doc.School.Name, school.Name))
            errors.Add(new("$.school.name", $"Kế hoạch này của \"{doc.School.Name}\", không phải của {school.Name}. Chỉ được nhập kế hoạch của trường mình."));

        var framework = ResolveFramework(doc, school, frameworks, errors);
        if (framework is not null)
        {
            for (var i = 0; i < doc.Items.Count; i++)
            {
                var code = doc.Items[i].Criterion;
                if (framework.FindCriterion(code) is null)
                    errors.Add(new($"$.items[{i}].criterion",
                        $"Dòng {i + 1} của bảng kế hoạch: tiêu chí {code} không có trong {framework.Circular}."));
            }
        }
        if (errors.Count > 0) return new Result(null, errors);

        var existing = await db.Plans.Include(p => p.Items)
            .FirstOrDefaultAsync(p => p.SchoolId == schoolId && p.SchoolYear == doc.SchoolYear, ct);
        if (existing is not null && !replace)
            return new Result(null, [new("$.schoolYear", $"Trường đã có kế hoạch năm học {doc.SchoolYear}. Chọn \"thay thế\" để ghi đè bản nháp.")]);
        if (existing is not null && !existing.IsEditable)
            return new Result(null, [new("$.schoolYear", $"Kế hoạch năm học {doc.SchoolYear} đã ban hành, không thể ghi đè.")]);

        var now = clock.GetUtcNow();
        var plan = existing ?? new Plan
        {
            SchoolId = schoolId,
            SchoolYear = doc.SchoolYear,
            FrameworkId = framework!.Id,
            SchoolName = doc.School.Name,
            SchoolLevel = doc.School.Level,
            CreatedAt = now,
        };
        if (existing is not null) db.PlanRows.RemoveRange(existing.Items);
        PlanMapping.Apply(doc, plan);
        plan.FrameworkId = framework!.Id;
        plan.Touch(now);
        if (existing is null) db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return new Result(plan.Id, []);
    }

    private static Framework? ResolveFramework(PlanDocument doc, School school, FrameworkRegistry frameworks, List<PlanReadError> errors)
    {
        if (doc.Framework is not null)
        {
            var named = frameworks.Find(doc.Framework, doc.School.Level);
            if (named is null) errors.Add(new("$.framework", $"Bộ tiêu chuẩn \"{doc.Framework}\" chưa có trong hệ thống."));
            return named;
        }
        var regime = SchoolYears.IsValid(doc.SchoolYear) ? SchoolYears.DefaultRegime(doc.SchoolYear) : "2018";
        var byLevel = frameworks.ForLevel(doc.School.Level, regime) ?? frameworks.ForLevel(school.Level, regime);
        if (byLevel is null) errors.Add(new("$.framework", "Không xác định được bộ tiêu chuẩn áp dụng; hãy ghi rõ trường \"framework\"."));
        return byLevel;
    }

    internal static bool SameName(string a, string b) => Fold(a) == Fold(b);

    private static string Fold(string s) =>
        string.Join(' ', s.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
