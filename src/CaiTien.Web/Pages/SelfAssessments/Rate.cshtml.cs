using System.Text.RegularExpressions;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>A council member rates the criteria assigned to them; each criterion's sheet is saved on its own
/// through htmx and comes back with its computed level.</summary>
public sealed partial class RateModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public string Year { get; private set; } = "";
    public bool Exists { get; private set; }
    public AssessmentResult? Result { get; private set; }
    public List<CriterionCard> Cards { get; private set; } = [];
    /// <summary>Every criterion (read-only except the user's own), for the principal and the monitoring team.</summary>
    public bool ShowAll { get; private set; }

    public async Task<IActionResult> OnGetAsync(string year, [FromQuery(Name = "tat-ca")] bool all, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        Year = year;
        ShowAll = all;
        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        Exists = assessment is not null;
        if (assessment is not null) await LoadCardsAsync(assessment, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        Year = year;
        var form = Request.Form;
        var code = form["Criterion"].ToString().Trim();
        var verdicts = new List<RateCriterion.Verdict>();
        foreach (var (name, value) in form)
        {
            var m = VerdictField().Match(name);
            if (!m.Success) continue;
            var text = value.ToString();
            verdicts.Add(new(int.Parse(m.Groups[1].Value), m.Groups[2].Value, text == "1" ? true : text == "0" ? false : null));
        }
        var evidenceText = form["Evidence"].ToString();
        var codes = EvidenceSeparators().Split(evidenceText).Where(c => c.Length > 0).ToList();
        var sheet = new RateCriterion.Sheet(code, verdicts, form["Description"], form["Strengths"], form["Weaknesses"], form["ImprovementIdea"], codes);
        var outcome = await RateCriterion.RunAsync(db, Me, year, sheet, clock, ct);

        var assessment = await AssessmentAccess.FindAsync(db, Me, year, ct);
        var status = outcome.Refusal switch
        {
            Refusal.Forbidden => StatusCodes.Status403Forbidden,
            Refusal.NotFound => StatusCodes.Status404NotFound,
            Refusal.Invalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        Response.StatusCode = status;
        var criterion = assessment is null ? null : AssessmentAccess.FrameworkOf(assessment).FindCriterion(code);
        if (assessment is null || criterion is null) return Partial("_Messages", outcome);

        Exists = true;
        ShowAll = true;
        await LoadCardsAsync(assessment, ct);
        var saved = Cards.First(c => c.Criterion.Code == criterion.Code);
        Cards = Cards.Where(c => c.Editable || c == saved).ToList();
        ShowAll = false;
        var index = Cards.IndexOf(saved);
        CriterionCard card;
        if (outcome.Ok)
            card = saved with { Message = outcome };
        else
        {
            var posted = verdicts.Where(v => v.Met is not null).GroupBy(v => (v.Level, v.RequirementKey.ToLowerInvariant())).ToDictionary(g => g.Key, g => g.Last().Met!.Value);
            card = saved with
            {
                Verdicts = posted, Description = form["Description"], Strengths = form["Strengths"], Weaknesses = form["Weaknesses"],
                ImprovementIdea = form["ImprovementIdea"], EvidenceText = evidenceText, Message = outcome,
            };
        }
        Cards[index] = card;
        if (Request.Headers.ContainsKey("HX-Request"))
            return Partial("_CriterionCard", card with { SchoolOutOfBand = outcome.Ok ? Result : null });
        return Page();
    }

    private async Task LoadCardsAsync(SelfAssessment assessment, CancellationToken ct)
    {
        Result = await EvaluateAssessment.RunAsync(db, assessment, ct);
        var framework = AssessmentAccess.FrameworkOf(assessment);
        var id = assessment.Id;
        var assignees = await db.CriterionAssignments.AsNoTracking().Where(a => a.AssessmentId == id)
            .Select(a => new { a.CriterionCode, a.Seat!.Name, a.Seat.UserId }).ToListAsync(ct);
        var mine = assignees.Where(a => a.UserId == Me.UserId).Select(a => a.CriterionCode).ToHashSet();
        var shown = framework.Criteria.Where(c => ShowAll || mine.Contains(c.Code)).ToList();
        var verdicts = (await db.RatingEntries.AsNoTracking().Where(r => r.AssessmentId == id)
            .Select(r => new { r.CriterionCode, r.Level, r.RequirementKey, r.Met }).ToListAsync(ct)).ToLookup(r => r.CriterionCode);
        var reports = await db.CriterionReports.AsNoTracking().Where(r => r.AssessmentId == id)
            .Select(r => new { r.CriterionCode, r.Description, r.Strengths, r.Weaknesses, r.ImprovementIdea }).ToDictionaryAsync(r => r.CriterionCode, ct);
        var evidence = (await db.EvidenceEntries.AsNoTracking().Where(e => e.AssessmentId == id).OrderBy(e => e.Order)
            .Select(e => new { e.CriterionCode, e.Code }).ToListAsync(ct)).ToLookup(e => e.CriterionCode, e => e.Code);
        Cards = shown.Select(c =>
        {
            var report = reports.GetValueOrDefault(c.Code);
            return new CriterionCard(Year, c, Result.Find(c.Code)!,
                verdicts[c.Code].ToDictionary(v => (v.Level, v.RequirementKey), v => v.Met),
                report?.Description, report?.Strengths, report?.Weaknesses, report?.ImprovementIdea,
                string.Join(Environment.NewLine, evidence[c.Code]), assignees.FirstOrDefault(a => a.CriterionCode == c.Code)?.Name,
                mine.Contains(c.Code));
        }).ToList();
    }

    [GeneratedRegex(@"^v\.([0-9]{1,2})\.(.{1,10})$")]
    private static partial Regex VerdictField();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex EvidenceSeparators();
}
