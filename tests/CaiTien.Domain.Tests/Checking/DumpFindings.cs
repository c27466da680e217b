using CaiTien.Testing;

namespace CaiTien.Domain.Tests.Checking;

public class DumpFindings
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Dump(string id)
    {
        var findings = Plans.Check(Plans.Fixture(id));
        File.WriteAllText(SharedPaths.Artifacts($"findings-{id}.txt"), Plans.Describe(findings));
    }
}
