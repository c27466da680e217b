using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using CaiTien.Oversight;
using CaiTien.Plans;
using CaiTien.Schools;

namespace CaiTien.Bench;

/// <summary>Synthetic province for the dashboard benchmarks: districts × schools × rows, plans at every review
/// stage (draft, issued, submitted, changes requested, accepted, published) and some rows done.</summary>
public static class DashboardData
{
    public const string Year = "2024-2025";

    public sealed record Seeded(int ProvinceId, IReadOnlyList<int> DistrictIds);

    public static async Task<Seeded> SeedAsync(CaiTienDb db, int districts, int schoolsPerDistrict, int rowsPerPlan)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var province = new Province { Code = "B" + tag, Name = "Tỉnh Đo Tải " + tag };
        db.Add(province);
        var districtList = Enumerable.Range(0, districts)
            .Select(d => new District { Code = $"B{tag}-{d}", Name = $"Huyện {d}", OfficeName = $"Phòng GD&ĐT huyện {d}", Province = province }).ToList();
        db.AddRange(districtList);
        await db.SaveChangesAsync();
        var levels = new[] { SchoolLevels.Preschool, SchoolLevels.Primary, SchoolLevels.LowerSecondary };
        var now = DateTimeOffset.UtcNow;
        var n = 0;
        foreach (var district in districtList)
        {
            for (var batch = 0; batch < schoolsPerDistrict; batch += 100)
            {
                var schools = Enumerable.Range(batch, Math.Min(100, schoolsPerDistrict - batch)).Select(i => new School
                {
                    Code = $"{district.Code}-{i}", Name = $"Trường {district.Name} số {i}", Abbreviation = "T" + i,
                    Level = levels[i % levels.Length], DistrictId = district.Id,
                }).ToList();
                db.AddRange(schools);
                await db.SaveChangesAsync();
                var plans = new List<(Plan Plan, int Stage)>();
                foreach (var school in schools)
                {
                    var stage = n++ % 7;
                    if (stage == 0) continue;
                    var framework = FrameworkRegistry.Default.ForLevel(school.Level, "2018")!;
                    var doc = SyntheticPlans.Create(framework, school.Name, school.Level, Year, rowsPerPlan, n);
                    var plan = new Plan { SchoolId = school.Id, SchoolYear = Year, FrameworkId = framework.Id, SchoolName = school.Name, SchoolLevel = school.Level, CreatedAt = now };
                    PlanMapping.Apply(doc, plan);
                    foreach (var row in plan.Items.Take(rowsPerPlan * stage / 7)) row.Completed = true;
                    if (stage > 1) { plan.Status = PlanStatus.Issued; plan.IssuedAt = now; plan.IssuedBy = "bench"; }
                    db.Add(plan);
                    plans.Add((plan, stage));
                }
                await db.SaveChangesAsync();
                foreach (var (plan, stage) in plans.Where(p => p.Stage > 2))
                {
                    db.Add(new PlanSubmission
                    {
                        PlanId = plan.Id, SchoolId = plan.SchoolId, DistrictId = district.Id, SchoolYear = Year, Revision = 1, SubmittedAt = now, SubmittedBy = "bench",
                        Status = stage switch { 3 => SubmissionStatus.Submitted, 4 => SubmissionStatus.ChangesRequested, _ => SubmissionStatus.Accepted },
                        DecidedAt = stage > 3 ? now : null, DecidedBy = stage > 3 ? "bench" : null,
                    });
                    if (stage == 6)
                    {
                        var snapshot = new PlanSnapshot { PlanId = plan.Id, Revision = 1, Json = "{}", Sha256 = "", IssuedAt = now, IssuedBy = "bench" };
                        db.Add(snapshot);
                        await db.SaveChangesAsync();
                        db.Add(new Publication
                        {
                            PlanId = plan.Id, SchoolId = plan.SchoolId, SnapshotId = snapshot.Id, SchoolYear = Year, Revision = 1, PublishedAt = now,
                            PublishedBy = "bench", Pdf = [1, 2, 3], PdfSha256 = "", PdfFileName = "bench.pdf",
                        });
                    }
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        return new Seeded(province.Id, districtList.Select(d => d.Id).ToList());
    }
}
