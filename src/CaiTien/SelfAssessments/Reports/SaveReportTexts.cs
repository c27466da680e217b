using System.Text.Json;
using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.SelfAssessments.Reports;

/// <summary>The principal or a council member saves the report's free texts: Đặt vấn đề, Kết luận chung, the school
/// facts of Phần I and each standard's Mở đầu and Kết luận. Checked first; on any error nothing is written.</summary>
public static class SaveReportTexts
{
    public sealed record StandardInput(int Number, string? Opening, string? Closing);

    public sealed record Input(string? Introduction, string? Conclusion, IReadOnlyDictionary<string, string?> Facts, IReadOnlyList<StandardInput> Standards);

    public const int MaxTextLength = 20000;

    public static async Task<Outcome> RunAsync(CaiTienDb db, CurrentUser user, string schoolYear, Input input, TimeProvider clock, CancellationToken ct = default)
    {
        var assessment = await AssessmentAccess.FindAsync(db, user, schoolYear, ct);
        if (assessment is null) return Outcome.NotFound($"Trường chưa có đợt tự đánh giá năm học {schoolYear}.");
        if (!await MayWriteAsync(db, user, assessment.Id, ct))
            return Outcome.Forbidden("Chỉ hiệu trưởng và thành viên Hội đồng tự đánh giá mới được viết báo cáo tự đánh giá.");
        var framework = AssessmentAccess.FrameworkOf(assessment);
        var layout = framework.Report;
        var errors = new List<string>();
        Check("Đặt vấn đề", input.Introduction, errors);
        Check("Kết luận chung", input.Conclusion, errors);
        foreach (var s in input.Standards)
        {
            if (framework.FindStandard(s.Number) is null) errors.Add($"Tiêu chuẩn {s.Number} không có trong Thông tư {framework.Circular}.");
            Check($"Mở đầu Tiêu chuẩn {s.Number}", s.Opening, errors);
            Check($"Kết luận Tiêu chuẩn {s.Number}", s.Closing, errors);
        }
        var known = layout?.Facts.Select(f => f.Key).ToHashSet() ?? [];
        foreach (var (key, value) in input.Facts)
        {
            if (!known.Contains(key)) errors.Add($"Mục “{key}” không có trong phần cơ sở dữ liệu của báo cáo.");
            else if (value?.Length > 2000) errors.Add($"Mục “{layout!.Facts.First(f => f.Key == key).Label}” dài quá 2000 ký tự.");
        }
        if (errors.Count > 0) return Outcome.Invalid(errors);

        var now = clock.GetUtcNow();
        var texts = await db.Set<AssessmentReportText>().FirstOrDefaultAsync(t => t.AssessmentId == assessment.Id, ct);
        if (texts is null) db.Add(texts = new AssessmentReportText { AssessmentId = assessment.Id });
        texts.Introduction = Blank(input.Introduction);
        texts.Conclusion = Blank(input.Conclusion);
        var facts = input.Facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value!.Trim());
        texts.FactsJson = facts.Count == 0 ? null : JsonSerializer.Serialize(facts);
        texts.UpdatedAt = now;
        var stored = await db.Set<StandardReportText>().Where(t => t.AssessmentId == assessment.Id).ToListAsync(ct);
        foreach (var s in input.Standards)
        {
            var row = stored.FirstOrDefault(t => t.StandardNumber == s.Number);
            if (row is null) db.Add(row = new StandardReportText { AssessmentId = assessment.Id, StandardNumber = s.Number });
            row.Opening = Blank(s.Opening);
            row.Closing = Blank(s.Closing);
        }
        assessment.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Đã lưu nội dung báo cáo tự đánh giá.");
    }

    public static async Task<bool> MayWriteAsync(CaiTienDb db, CurrentUser user, int assessmentId, CancellationToken ct) =>
        AssessmentAccess.CanManage(user)
        || await db.CouncilSeats.AnyAsync(s => s.AssessmentId == assessmentId && s.Team == AssessmentTeam.Council && s.UserId == user.UserId, ct);

    private static void Check(string label, string? text, List<string> errors)
    {
        if (text?.Length > MaxTextLength) errors.Add($"{label} dài {text.Length} ký tự, vượt giới hạn {MaxTextLength} ký tự.");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
