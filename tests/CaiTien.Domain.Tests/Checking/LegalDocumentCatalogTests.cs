using System.Text.Json.Nodes;
using CaiTien.Catalogs;

namespace CaiTien.Domain.Tests.Checking;

public class LegalDocumentCatalogTests
{
    [Fact]
    public void Embedded_catalog_loads_with_dates_levels_and_replacements()
    {
        var catalog = LegalDocumentCatalog.Default;
        Assert.True(catalog.All.Count >= 20);
        var tt13 = catalog.Find("13/2020/TT-BGDĐT")!;
        Assert.Equal(new DateOnly(2020, 5, 26), tt13.Date);
        Assert.True(tt13.AppliesToLevel("primary"));
        var qd = catalog.Find("01/2004/QĐ-BGDĐT")!;
        Assert.Equal("16/2022/TT-BGDĐT", qd.SupersededBy);
        Assert.NotNull(catalog.Find(qd.SupersededBy));
        Assert.Equal("2024-2025", catalog.Find("16/2006/QĐ-BGDĐT")!.ObsoleteFromSchoolYear);
        Assert.Equal("unverified", catalog.Find("17/2018/TT-BGDĐT")!.SupersessionConfidence);
        Assert.All(catalog.All.Where(d => d.SupersededBy is not null), d => Assert.NotNull(catalog.Find(d.SupersededBy)));
    }

    [Theory]
    [InlineData("17/2018/TT-BGD&ĐT")]
    [InlineData("17/2018/tt-bgdđt")]
    [InlineData("17 / 2018 / TT-BGDĐT")]
    [InlineData("17/2018/TT-BGDDT")]
    public void Numbers_are_found_whatever_their_spelling(string number)
    {
        Assert.Equal("17/2018/TT-BGDĐT", LegalDocumentCatalog.Default.Find(number)?.Number);
    }

    [Fact]
    public void Leading_zeros_do_not_matter_and_unknown_numbers_give_null()
    {
        Assert.Equal("01/2003/QĐ-BGDĐT", LegalDocumentCatalog.Default.Find("1/2003/QĐ-BGDĐT")?.Number);
        Assert.Null(LegalDocumentCatalog.Default.Find("999/2099/TT-BGDĐT"));
    }

    [Fact]
    public void Parse_defaults_missing_optional_fields()
    {
        var catalog = LegalDocumentCatalog.Parse(JsonNode.Parse("""{"documents":[{"number":"1/2020/TT-X","title":"T"}]}""")!);
        var d = catalog.All.Single();
        Assert.Null(d.Date);
        Assert.Equal(["all"], d.Levels);
        Assert.Equal("unverified", d.Confidence);
        Assert.False(d.TitleIsReliable);
    }
}
