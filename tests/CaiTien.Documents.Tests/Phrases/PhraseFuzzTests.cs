using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Tests.Phrases;

/// <summary>The phrase parsers are pure functions used while typing: no input may make them throw.</summary>
public class PhraseFuzzTests
{
    private const string Alphabet = "0123456789 ./,-–:;()%đĐtháng năm học kỳ HKIV quý triệu tỷ đồng nghìn từ đến hết thường xuyên hằng Tiêu chí";

    [Fact]
    public void Random_phrases_never_throw()
    {
        var random = new Random(42);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var time = TimePhrase.Parse(text, random.Next(3) == 0 ? null : $"{random.Next(1990, 2100)}-{random.Next(1990, 2100)}");
            var money = MoneyPhrase.Parse(text);
            Assert.True(time.Start is null || time.Start.Length == 7, text);
            Assert.True(money.Vnd is null or >= 0, text);
        }
    }
}
