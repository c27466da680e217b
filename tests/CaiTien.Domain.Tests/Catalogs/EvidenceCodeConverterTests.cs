using CaiTien.Catalogs;

namespace CaiTien.Domain.Tests.Catalogs;

public class EvidenceCodeConverterTests
{
    private static readonly CrosswalkTable Tt17 = Crosswalk.Default.From("tt17-2018")!;
    private static readonly Framework Tt57 = FrameworkRegistry.Default.Get("tt57-2026-general");

    [Fact]
    public void A_2018_code_takes_the_proposed_criterion_and_keeps_its_serial()
    {
        var result = EvidenceCodeConverter.To2026("[H1-1.1-01]", Tt17);
        Assert.Equal($"MC.{Tt17.Propose("1.1")}.01", result.Converted);

        var library = EvidenceCodeConverter.To2026("[H3-3.6-07]", Crosswalk.Default, "tt17-2018");
        Assert.Equal($"MC.{Tt17.Propose("3.6")}.07", library.Converted);
        Assert.True(EvidenceCodeValidator.Check(Tt57, library.Converted).IsValid);
    }

    [Theory]
    [InlineData("MC.1.1.01")]
    [InlineData("[H1-6.1-01]")]
    [InlineData("[H1-1.1-103]")]
    [InlineData("")]
    public void Codes_that_cannot_be_converted_say_why(string code)
    {
        var result = EvidenceCodeConverter.To2026(code, Tt17);
        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void A_framework_without_a_table_is_reported()
    {
        var result = EvidenceCodeConverter.To2026("[H1-1.1-01]", Crosswalk.Default, "tt57-2026-general");
        Assert.False(result.Success);
    }

    [Fact]
    public void Codes_landing_on_the_same_TT57_code_are_renumbered_after_the_direct_ones()
    {
        // 3.1, 3.2 and 3.3 of TT17 all go to 4.1 in TT57 (facilities).
        var target = Tt17.Propose("3.2")!;
        Assert.Equal(target, Tt17.Propose("3.1"));
        string[] codes = ["[H3-3.1-01]", "[H3-3.2-01]", "[H3-3.1-01]", "[H3-3.3-02]", "[H3-3.1-03]"];

        var results = EvidenceCodeConverter.To2026(codes, Tt17, Crosswalk.Default.EvidenceCodeFormat);

        Assert.Equal(
            [$"MC.{target}.01", $"MC.{target}.04", $"MC.{target}.01", $"MC.{target}.02", $"MC.{target}.03"],
            results.Select(r => r.Converted));
        Assert.Contains("Đánh số lại", results[1].Message);
        Assert.Null(results[0].Message);
        var perDistinctOriginal = results.DistinctBy(r => r.Original).Select(r => r.Converted!).ToList();
        Assert.Empty(EvidenceCodeValidator.FindDuplicates(perDistinctOriginal));
    }
}
