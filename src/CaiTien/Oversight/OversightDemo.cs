using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>Demo mode: the synthetic schools of one district at every stage of review, so the dashboards show
/// variety, and one API token for the district. Goes through the real use cases.</summary>
public static class OversightDemo
{
    /// <summary>Demo mode only, like the demo password; printed in the log at start.</summary>
    public const string ApiToken = "ct_demo_dautieng_2024";

    private enum Stage { Issued, Submitted, ChangesRequested, Accepted, Published }

    public static async Task SeedAsync(CaiTienDb db, District district, IReadOnlyList<School> schools, TimeProvider clock)
    {
        var stages = new[] { Stage.Published, Stage.Accepted, Stage.ChangesRequested, Stage.Submitted, Stage.Issued };
        var officer = new CurrentUser("demo-phong", "Chuyên viên Phòng GD&ĐT (demo)", Roles.DistrictOfficer, null, district.Id, null);
        foreach (var (school, index) in schools.Select((s, i) => (s, i)))
        {
            var stage = stages[index % stages.Length];
            var principal = new CurrentUser("demo-" + school.Code, "Hiệu trưởng (demo)", Roles.Principal, school.Id, null, null);
            var plan = await db.Plans.Include(p => p.Items).FirstAsync(p => p.SchoolId == school.Id);
            foreach (var row in plan.OrderedRows().Take(plan.Items.Count * (stages.Length - index % stages.Length) / (stages.Length + 1)))
                row.Completed = true;
            await db.SaveChangesAsync();
            await Check(IssuePlan.RunAsync(db, principal, plan.Id, clock));
            if (stage == Stage.Issued) continue;
            var submitted = await SubmitPlan.RunAsync(db, principal, plan.Id, confirmed: true, clock);
            await Check(Task.FromResult(submitted.Error));
            if (stage == Stage.Submitted) continue;
            if (stage == Stage.ChangesRequested)
            {
                var firstRow = plan.OrderedRows().First().Id;
                await Check(CommentOnPlan.RunAsync(db, officer, plan.Id, firstRow, "Đề nghị ghi rõ kết quả cần đạt bằng số liệu cụ thể.", clock));
                await Check(DecideOnPlan.RunAsync(db, officer, plan.Id, ReviewDecision.RequestChanges, null, clock));
                continue;
            }
            await Check(DecideOnPlan.RunAsync(db, officer, plan.Id, ReviewDecision.Accept, "Kế hoạch đạt yêu cầu.", clock));
            if (stage == Stage.Published) await Check(PublishPlan.RunAsync(db, principal, plan.Id, clock));
        }
        await ApiTokens.CreateAsync(db, district.Id, "Demo", clock, ApiToken);
    }

    private static async Task Check(Task<string?> step)
    {
        if (await step is { } error) throw new InvalidOperationException("Demo oversight data failed: " + error);
    }
}
