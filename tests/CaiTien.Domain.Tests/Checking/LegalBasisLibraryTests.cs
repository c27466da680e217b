using CaiTien.Catalogs;
using CaiTien.Checking;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using CaiTien.Testing;

namespace CaiTien.Domain.Tests.Checking;

public class LegalBasisLibraryTests
{
    [Fact]
    public void Primary_library_leads_with_its_circular_and_leaves_out_other_levels_and_obsolete_documents()
    {
        var tt17 = FrameworkRegistry.Default.Get("tt17-2018");
        var library = LegalBasisLibrary.For(SchoolLevels.Primary, "2024-2025", tt17);
        Assert.StartsWith("Thông tư số 17/2018/TT-BGDĐT ngày 22 tháng 08 năm 2018", library[0]);
        Assert.Contains(library, b => b.Contains("5932/BGDĐT-QLCL"));
        Assert.DoesNotContain(library, b => b.Contains("19/2018/TT-BGDĐT"));
        Assert.DoesNotContain(library, b => b.Contains("16/2006/QĐ-BGDĐT"));
    }

    [Fact]
    public void Bases_picked_from_the_library_raise_no_legal_basis_findings()
    {
        var plan = PlanJson.Read(File.ReadAllText(SharedPaths.PlanJson("000"))).Plan!;
        var library = LegalBasisLibrary.For(SchoolLevels.Primary, plan.SchoolYear, FrameworkRegistry.Default.Get("tt17-2018"));
        var withLibrary = plan with { LegalBases = library.Select(LegalBases.FromText).ToList() };
        var findings = PlanChecker.Check(withLibrary).Where(f => f.Location.Section == Sections.LegalBases && f.Severity != Severities.Info);
        Assert.Empty(findings);
    }
}
