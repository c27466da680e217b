using System.Text.Json.Nodes;
using CaiTien.Catalogs;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using CaiTien.Tests.Infrastructure;
using CaiTien.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.Regime2026;

/// <summary>Issue 11: a school's last 2018 plan becomes its first TT57 plan, with a proposed TT57 criterion for
/// every unfinished row, and prints as the TT57 "Biểu 2" table.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CrossingOverTests(SqliteApp app)
{
    [Fact]
    public async Task Plan_000_carried_into_a_tt57_year_proposes_a_tt57_criterion_for_every_unfinished_row()
    {
        var fixture = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson("000")))!;
        fixture["schoolYear"] = "2027-2028";
        var doc = PlanJson.Read(fixture.ToJsonString()).Plan!;
        var client = app.Browser();
        await client.SignInAsync("hieutruong.dinhphuoc");
        var user = await app.WithDb(async db =>
        {
            var school = await db.Schools.FirstAsync(s => s.Code == "THDP");
            var result = await ImportPlan.RunAsync(db, school.Id, doc, replace: true, TimeProvider.System);
            Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => e.Message)));
            var rows = await db.PlanRows.Where(r => r.PlanId == result.PlanId).OrderBy(r => r.Position).ToListAsync();
            rows[0].Completed = true;
            await db.SaveChangesAsync();
            return new CaiTien.Accounts.CurrentUser("t", "Hiệu trưởng", CaiTien.Accounts.Roles.Principal, school.Id, null, null);
        });
        var fromId = await app.WithDb(db => db.Plans.Where(p => p.School!.Code == "THDP" && p.SchoolYear == "2027-2028").Select(p => p.Id).FirstAsync());

        var carried = await app.WithDb(db => CreatePlan.CarryOverAsync(db, user, fromId, TimeProvider.System));
        Assert.Null(carried.Error);
        var plan = await app.WithDb(db => db.Plans.AsNoTracking().Include(p => p.Items).FirstAsync(p => p.Id == carried.PlanId));
        Assert.Equal(("2028-2029", "tt57-2026-general"), (plan.SchoolYear, plan.FrameworkId));
        var tt57 = FrameworkRegistry.Default.Get(plan.FrameworkId);
        Assert.Equal(16, plan.Items.Count);
        Assert.All(plan.Items, row =>
        {
            Assert.NotNull(tt57.FindCriterion(row.Criterion));
            Assert.Contains("đề xuất tiêu chí " + row.Criterion, row.Notes);
        });

        var letter = ExportPlan.ToDocument(plan);
        using var docx = new MemoryStream();
        RenderPlan.Write(letter, RenderPlan.FindFormat("docx")!, docx);
        docx.Position = 0;
        using var word = WordprocessingDocument.Open(docx, false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Descendants<SectionProperties>(), s => s.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape);
        var headerTexts = body.Descendants<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
            .SelectMany(r => r.Descendants<Text>()).Select(t => t.Text).ToList();
        Assert.Contains(headerTexts, t => t.Contains("Nội dung cần cải tiến"));
        Assert.Contains(headerTexts, t => t.Contains("Chỉ báo kết quả"));
    }

    [Fact]
    public void Bieu_2_document_imports_back_into_the_same_rows()
    {
        var tt57 = FrameworkRegistry.Default.Get("tt57-2026-general");
        var plan = CaiTien.Data.SyntheticPlans.Create(tt57, "Trường Tiểu học Định Phước", SchoolLevels.Primary, "2026-2027", 6, 3);
        plan = plan with { Items = plan.Items.Select((i, n) => i with { ResultIndicator = $"Chỉ báo {n + 1}: 100% lớp thực hiện" }).ToList() };
                using var docx = new MemoryStream();
        RenderPlan.Write(plan, RenderPlan.FindFormat("docx")!, docx);
        docx.Position = 0;
        var imported = CaiTien.Documents.Import.PlanImporter.Import(docx, "bieu-2.docx");
        Assert.True(imported.Ok, string.Join("\n", imported.Errors));
        Assert.Equal(plan.Items.Select(i => i.Criterion), imported.Plan!.Items.Select(i => i.Criterion));
        Assert.Equal(plan.Items.Select(i => i.TargetResult), imported.Plan.Items.Select(i => i.TargetResult));
        Assert.Equal(plan.Items.Select(i => i.ResultIndicator), imported.Plan.Items.Select(i => i.ResultIndicator));
    }
}
