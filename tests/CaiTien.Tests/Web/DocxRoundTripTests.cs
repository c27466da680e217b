using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using CaiTien.Testing;

namespace CaiTien.Tests.Web;

/// <summary>Issue 6 × 7: a plan written as CaiTien's Word letter reads back into the same plan. The 2018 layout
/// prints some fields together (tasks with measures, budget with its source, time as start/end months), so
/// those come back joined or as months; everything else comes back as it was.</summary>
public sealed class DocxRoundTripTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Exported_letter_imports_back_to_the_same_plan(string id)
    {
        var plan = PlanJson.Read(File.ReadAllText(SharedPaths.PlanJson(id))).Plan!;
        using var docx = new MemoryStream();
        RenderPlan.Write(plan, RenderPlan.FindFormat("docx")!, docx);
        docx.Position = 0;
        var imported = PlanImporter.Import(docx, $"{id}.docx");
        Assert.True(imported.Ok, string.Join("\n", imported.Errors));
        var back = imported.Plan!;

        Assert.Equal(plan.School.Name, back.School.Name);
        Assert.Equal(plan.SchoolYear, back.SchoolYear);
        Assert.Equal(plan.IssuedOn, back.IssuedOn);
        Assert.Equal(plan.Purposes, back.Purposes);
        Assert.Equal(plan.LegalBases.Select(b => b.Text), back.LegalBases.Select(b => b.Text));
        Assert.Equal(plan.Organization.Select(r => (r.Role, string.Join("|", r.Duties))), back.Organization.Select(r => (r.Role, string.Join("|", r.Duties))));
        Assert.Equal(plan.Signer?.Name, back.Signer?.Name);
        Assert.Equal(plan.Items.Count, back.Items.Count);
        for (var i = 0; i < plan.Items.Count; i++)
        {
            var (a, b) = (plan.Items[i], back.Items[i]);
            Assert.Equal((a.Criterion, a.TargetResult, a.Lead, a.Evidence, a.Support, a.Notes, a.Weakness),
                (b.Criterion, b.TargetResult, b.Lead, b.Evidence, b.Support, b.Notes, b.Weakness));
            Assert.Equal((a.Start, a.End), (b.Start, b.End));
            Assert.StartsWith(a.Tasks ?? a.Measures ?? "", b.Tasks ?? "");
        }
    }
}
