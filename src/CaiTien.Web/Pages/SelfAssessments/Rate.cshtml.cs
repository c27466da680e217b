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

    public async Task<IActionResult> OnGetAsync(string year, CancellationToken ct)
    {
        if (!Me.IsSchoolUser) return Forbid();
        Year = year;
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
        await LoadCardsAsync(assessment, ct);
        var index = Cards.FindIndex(c => c.Criterion.Code == criterion.Code);
        CriterionCard card;
        if (outcome.Ok)
            card = (index >= 0 ? Cards[index] : await CardAsync(assessment, criterion, editable: false, ct)) with { Message = outcome };
        else
        {
            var posted = verdicts.Where(v => v.Met is not null).GroupBy(v => (v.Level, v.RequirementKey.ToLowerInvariant())).ToDictionary(g => g.Key, g => g.Last().Met!.Value);
            var saved = index >= 0 ? Cards[index] : await CardAsync(assessment, criterion, editable: false, ct);
            card = saved with
            {
                Verdicts = posted, Description = form["Description"], Strengths = form["Strengths"], Weaknesses = form["Weaknesses"],
                ImprovementIdea = form["ImprovementIdea"], EvidenceText = evidenceText, Message = outcome,
            };
        }
        if (index >= 0) Cards[index] = card;
        if (Request.Headers.ContainsKey("HX-Request"))
            return Partial("_CriterionCard", card with { SchoolOutOfBand = outcome.Ok ? Result : null });
        if (index < 0) Cards.Insert(0, card);
        return Page();
    }

    private async Task LoadCardsAsync(SelfAssessment assessment, CancellationToken ct)
    {
        Result = await EvaluateAssessment.RunAsync(db, assessment, ct);
        var framework = AssessmentAccess.FrameworkOf(assessment);
        var mine = await db.CriterionAssignments.AsNoTracking()
            .Where(a => a.AssessmentId == assessment.Id && a.Seat!.UserId == Me.UserId)
            .Select(a => a.CriterionCode).ToListAsync(ct);
        var order = framework.Criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i);
        Cards = [];
        foreach (var code in mine.Where(order.ContainsKey).OrderBy(c => order[c]))
            Cards.Add(await CardAsync(assessment, framework.FindCriterion(code)!, editable: true, ct));
    }

    private async Task<CriterionCard> CardAsync(SelfAssessment assessment, Criterion criterion, bool editable, CancellationToken ct)
    {
        var code = criterion.Code;
        var verdicts = await db.RatingEntries.AsNoTracking().Where(r => r.AssessmentId == assessment.Id && r.CriterionCode == code)
            .Select(r => new { r.Level, r.RequirementKey, r.Met }).ToListAsync(ct);
        var report = await db.CriterionReports.AsNoTracking().Where(r => r.AssessmentId == assessment.Id && r.CriterionCode == code)
            .Select(r => new { r.Description, r.Strengths, r.Weaknesses, r.ImprovementIdea }).FirstOrDefaultAsync(ct);
        var evidence = await db.EvidenceEntries.AsNoTracking().Where(e => e.AssessmentId == assessment.Id && e.CriterionCode == code)
            .OrderBy(e => e.Order).Select(e => e.Code).ToListAsync(ct);
        var assignee = await db.CriterionAssignments.AsNoTracking().Where(a => a.AssessmentId == assessment.Id && a.CriterionCode == code)
            .Select(a => a.Seat!.Name).FirstOrDefaultAsync(ct);
        return new CriterionCard(Year, criterion, Result!.Find(code)!,
            verdicts.ToDictionary(v => (v.Level, v.RequirementKey), v => v.Met),
            report?.Description, report?.Strengths, report?.Weaknesses, report?.ImprovementIdea,
            string.Join(Environment.NewLine, evidence), assignee, editable);
    }

    [GeneratedRegex(@"^v\.([0-9]{1,2})\.(.{1,10})$")]
    private static partial Regex VerdictField();

    [GeneratedRegex(@"[\s,;]+")]
    private static partial Regex EvidenceSeparators();
}
