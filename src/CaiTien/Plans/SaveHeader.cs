using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>Saves the header and prose parts of a draft with optimistic concurrency on the header.</summary>
public static class SaveHeader
{
    public enum Outcome { Saved, Invalid, Conflict, NotFound }

    public sealed record Result(Outcome Outcome, Plan? Plan, IReadOnlyList<RowIssue> Issues);

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser user, int planId, int version, HeaderInput input,
        TimeProvider clock, CancellationToken ct = default)
    {
        var plan = await db.Plans.EditableBy(user).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return new Result(Outcome.NotFound, null, []);
        if (!plan.IsEditable) return new Result(Outcome.Invalid, plan, [new("plan", "Kế hoạch đã ban hành; hãy tạo bản điều chỉnh để sửa.", true)]);
        if (plan.Version != version) return new Result(Outcome.Conflict, plan, []);

        var issues = Check(input);
        if (issues.Count > 0) return new Result(Outcome.Invalid, plan, issues);

        plan.GoverningBody = Clean(input.GoverningBody);
        plan.SchoolName = input.SchoolName.Trim();
        plan.DocumentNumber = Clean(input.DocumentNumber);
        plan.Place = Clean(input.Place);
        plan.IssuedOn = input.IssuedOn;
        plan.Title = Clean(input.Title);
        plan.Purposes = HeaderInput.Lines(input.Purposes);
        plan.LegalBases = HeaderInput.Lines(input.LegalBases).Select(LegalBases.FromText).ToList();
        plan.Organization = HeaderInput.Roles(input.Organization);
        plan.Recipients = HeaderInput.Lines(input.Recipients);
        plan.HasSigner = !string.IsNullOrWhiteSpace(input.SignerTitle) || !string.IsNullOrWhiteSpace(input.SignerName);
        plan.SignerTitle = Clean(input.SignerTitle);
        plan.SignerName = Clean(input.SignerName);
        plan.Touch(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Result(Outcome.Conflict, await db.Plans.AsNoTracking().FirstAsync(p => p.Id == planId, ct), []);
        }
        return new Result(Outcome.Saved, plan, []);
    }

    private static List<RowIssue> Check(HeaderInput input)
    {
        var issues = new List<RowIssue>();
        if (string.IsNullOrWhiteSpace(input.SchoolName)) issues.Add(new("schoolName", "Chưa có tên trường.", true));
        foreach (var (field, label, value) in new[]
                 {
                     ("title", "Tiêu đề", input.Title), ("purposes", "Mục đích", input.Purposes), ("legalBases", "Căn cứ", input.LegalBases),
                     ("organization", "Tổ chức thực hiện", input.Organization), ("recipients", "Nơi nhận", input.Recipients),
                 })
            if (value is { Length: > PlanJson.MaxTextLength * 5 })
                issues.Add(new(field, $"Phần {label} quá dài ({value.Length:N0} ký tự).", true));
        return issues;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
