using CaiTien.Data;
using CaiTien.Schools;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Reports;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>Rà soát minh chứng of the year's self-assessment, each issue linked to where it is fixed.</summary>
public sealed class EvidenceHealthModel(CaiTienDb db) : AppPageModel
{
    public string Year { get; private set; } = "";
    public EvidenceHealth.Report? Health { get; private set; }

    public async Task<IActionResult> OnGetAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser || !SchoolYears.IsValid(year)) return NotFound();
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        if (assessment is null) return NotFound();
        Year = year;
        Health = await EvidenceHealth.RunAsync(db, assessment, ct);
        return Page();
    }

    public string Link(EvidenceHealth.Issue issue) => issue.Target switch
    {
        EvidenceHealth.Target.RateCriterion => $"{AssessmentYear.Rate(Year)}?tat-ca=true#criterion-{issue.Id.Replace('.', '-')}",
        EvidenceHealth.Target.UploadOnRow => $"/tien-do/dong/{issue.Id}",
        _ => $"/ke-hoach/{issue.Id}/minh-chung",
    };

    public static string LinkText(EvidenceHealth.Target target) => target switch
    {
        EvidenceHealth.Target.RateCriterion => "Sửa phiếu đánh giá tiêu chí",
        EvidenceHealth.Target.UploadOnRow => "Nộp tệp",
        _ => "Xem danh mục minh chứng",
    };
}
