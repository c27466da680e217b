using CaiTien.Accounts;
using CaiTien.Catalogs;
using CaiTien.SelfAssessments;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Regime2026;

/// <summary>Issue 11: copying a 2018 self-assessment into a TT57 year converts its evidence codes and moves the
/// written weaknesses to the proposed TT57 criterion; verdicts are not copied.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EvidenceCarryOverTests(SqliteApp app)
{
    [Fact]
    public async Task Evidence_codes_of_a_2018_assessment_become_tt57_codes_on_the_proposed_criteria()
    {
        var schoolId = await app.WithDb(db => db.Schools.Where(s => s.Code == "PDB").Select(s => s.Id).SingleAsync());
        await app.WithDb(async db =>
        {
            var previous = new SelfAssessment { SchoolId = schoolId, SchoolYear = "2039-2040", FrameworkId = "tt17-2018", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.SelfAssessments.Add(previous);
            await db.SaveChangesAsync();
            string[] codes = ["[H1-1.1-01]", "[H1-1.1-02]", "[H2-2.3-01]"];
            for (var i = 0; i < codes.Length; i++)
                db.EvidenceEntries.Add(new EvidenceEntry { AssessmentId = previous.Id, CriterionCode = codes[i][4..7], Code = codes[i], CodeKey = EvidenceEntry.KeyOf(codes[i]), Order = i });
            db.CriterionReports.Add(new CriterionReport { AssessmentId = previous.Id, CriterionCode = "1.1", Weaknesses = "Chưa công bố phương hướng trên website." });
            db.RatingEntries.Add(new RatingEntry { AssessmentId = previous.Id, CriterionCode = "1.1", Level = 1, RequirementKey = "a", Met = true, RatedBy = "x", RatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return 0;
        });

        var principal = new CurrentUser("test-principal", "Hiệu trưởng", Roles.Principal, schoolId, null, null);
        var outcome = await app.WithDb(db => CopyPreviousRatings.RunAsync(db, principal, "2040-2041", TimeProvider.System));
        Assert.Equal(Refusal.None, outcome.Refusal);
        Assert.Contains("đã chuyển 3 mã minh chứng", outcome.Messages[0]);

        var table = Crosswalk.Default.From("tt17-2018")!;
        var current = await app.WithDb(db => db.SelfAssessments.AsNoTracking().SingleAsync(a => a.SchoolId == schoolId && a.SchoolYear == "2040-2041"));
        Assert.Equal("tt57-2026-general", current.FrameworkId);
        var evidence = await app.WithDb(db => db.EvidenceEntries.AsNoTracking().Where(e => e.AssessmentId == current.Id).OrderBy(e => e.Order).ToListAsync());
        var expected = EvidenceCodeConverter.To2026(["[H1-1.1-01]", "[H1-1.1-02]", "[H2-2.3-01]"], table, Crosswalk.Default.EvidenceCodeFormat).Select(c => c.Converted).ToList();
        Assert.Equal(expected, evidence.Select(e => (string?)e.Code).ToList());
        Assert.All(evidence, e => Assert.Matches(@"^MC\.[1-4]\.\d{1,2}\.\d{2}$", e.Code));
        var proposed = table.Propose("1.1")!;
        Assert.Equal("Chưa công bố phương hướng trên website.",
            await app.WithDb(db => db.CriterionReports.Where(r => r.AssessmentId == current.Id && r.CriterionCode == proposed).Select(r => r.Weaknesses).SingleAsync()));
        Assert.Empty(await app.WithDb(db => db.RatingEntries.Where(r => r.AssessmentId == current.Id).ToListAsync()));
    }
}
