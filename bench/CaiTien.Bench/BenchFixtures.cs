using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Documents.Export;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using CaiTien.Testing;

namespace CaiTien.Bench;

/// <summary>Inputs shared by the document, import and fuzz runs: fixture 000 and a generated large plan.</summary>
public static class BenchFixtures
{
    public static PlanDocument Plan(string id)
    {
        var result = PlanJson.Read(File.ReadAllText(SharedPaths.PlanJson(id)));
        return result.Plan ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>A DOCX of a synthetic TT17 primary plan with <paramref name="rows"/> rows, as the app exports it.</summary>
    public static byte[] SyntheticDocx(int rows, int seed = 200)
    {
        var framework = FrameworkRegistry.Default.ForLevel(SchoolLevels.Primary, "2018")!;
        var plan = SyntheticPlans.Create(framework, "Trường Tiểu học Số 200", SchoolLevels.Primary, "2024-2025", rows, seed);
        return Docx(plan);
    }

    public static byte[] Docx(PlanDocument plan)
    {
        using var output = new MemoryStream();
        PlanDocxWriter.Write(plan, output, RenderPlan.OptionsFor(plan));
        return output.ToArray();
    }
}
