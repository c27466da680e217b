using System.Text.Json.Nodes;
using CaiTien.Documents.Phrases;
using CaiTien.Testing;

namespace CaiTien.Documents.Tests.Phrases;

/// <summary>Every timeText and budgetText of the shared fixtures parses to the values transcribed beside it.</summary>
public class FixturePhraseTests
{
    public static TheoryData<string, int> Items()
    {
        var data = new TheoryData<string, int>();
        foreach (var id in SharedPaths.FixtureIds)
        {
            var items = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson(id)))!["items"]!.AsArray();
            for (var i = 0; i < items.Count; i++) data.Add(id, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Time_text_parses_to_the_transcribed_months_and_recurrence(string id, int index)
    {
        var plan = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson(id)))!;
        var item = plan["items"]![index]!;
        var reading = TimePhrase.Parse((string?)item["timeText"], (string?)plan["schoolYear"]);
        Assert.Equal(((string?)item["start"], (string?)item["end"], (string?)item["recurrence"]), (reading.Start, reading.End, reading.Recurrence));
        Assert.Null(reading.Error);
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Budget_text_parses_to_the_transcribed_amount(string id, int index)
    {
        var item = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson(id)))!["items"]![index]!;
        var reading = MoneyPhrase.Parse((string?)item["budgetText"]);
        Assert.Equal((long?)item["budgetVnd"], reading.Vnd);
        Assert.Null(reading.Error);
    }
}
