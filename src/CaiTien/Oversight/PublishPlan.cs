using System.Security.Cryptography;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>The school makes its newest issued revision public: the PDF is rendered from the issued snapshot
/// (never from the live plan) and kept with its SHA-256.</summary>
public static class PublishPlan
{
    public static async Task<string?> RunAsync(CaiTienDb db, CurrentUser user, int planId, TimeProvider clock, CancellationToken ct = default)
    {
        var plan = await db.Plans.EditableBy(user).AsNoTracking()
            .Select(p => new { p.Id, p.SchoolId, p.SchoolYear, p.Revision, p.Status, p.SchoolName })
            .FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return "Không tìm thấy kế hoạch, hoặc bạn không có quyền công khai kế hoạch này.";
        if (plan.Status != PlanStatus.Issued) return "Chỉ công khai kế hoạch đã ban hành; bản nháp không bao giờ được công khai.";
        if (await db.Plans.AnyAsync(p => p.SchoolId == plan.SchoolId && p.SchoolYear == plan.SchoolYear
                && p.Revision > plan.Revision && p.Status == PlanStatus.Issued, ct))
            return "Đã có bản điều chỉnh mới hơn được ban hành; hãy công khai bản mới nhất.";
        var review = await db.PlanSubmissions.Where(s => s.PlanId == planId).OrderByDescending(s => s.Id)
            .Select(s => (SubmissionStatus?)s.Status).FirstOrDefaultAsync(ct);
        if (review == SubmissionStatus.ChangesRequested)
            return "Phòng GD&ĐT đã yêu cầu chỉnh sửa bản này; hãy điều chỉnh và ban hành bản mới trước khi công khai.";
        var snapshot = await db.PlanSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.PlanId == planId && s.Revision == plan.Revision, ct);
        if (snapshot is null) return "Không tìm thấy bản lưu lúc ban hành của kế hoạch này.";
        if (await db.Publications.AnyAsync(p => p.SnapshotId == snapshot.Id, ct)) return "Bản kế hoạch này đã được công khai.";

        var doc = snapshot.Document();
        var pdf = RenderPlan.FindFormat("pdf")!;
        using var buffer = new MemoryStream();
        RenderPlan.Write(doc, pdf, buffer);
        var bytes = buffer.ToArray();
        var now = clock.GetUtcNow();
        db.Publications.Add(new Publication
        {
            PlanId = plan.Id, SchoolId = plan.SchoolId, SnapshotId = snapshot.Id, SchoolYear = plan.SchoolYear, Revision = plan.Revision,
            PublishedAt = now, PublishedBy = user.Name, Pdf = bytes, PdfSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            PdfFileName = RenderPlan.FileName(doc, pdf),
        });
        var unit = await Schools.Supervision.UnitOfAsync(db, plan.SchoolId, plan.SchoolYear, ct);
        await Notifications.ToDistrictAsync(db, unit.Id, plan.SchoolId, $"{plan.SchoolName} đã công khai kế hoạch năm học {plan.SchoolYear}.", ReviewLinks.Review(plan.Id), now, ct);
        // The counter that cached public pages vary by changes in the same transaction, so every node sees it at once.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        await SiteCounter.BumpAsync(db, SiteCounter.Publications, ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return null;
    }
}
