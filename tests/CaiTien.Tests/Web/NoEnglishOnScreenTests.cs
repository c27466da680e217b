using System.Net;
using System.Text.RegularExpressions;
using CaiTien.Tests.Infrastructure;

namespace CaiTien.Tests.Web;

/// <summary>Issue 15 item 6: no English on screen. Every page a demo user of each kind reaches by following the
/// app's own links is read — its text and the attributes a user meets (titles, placeholders, labels for screen
/// readers, validation messages) — for the English the framework writes by default.</summary>
[Collection(SqliteCollection.Name)]
public sealed partial class NoEnglishOnScreenTests(SqliteApp app)
{
    private const int MaxPagesPerUser = 120;

    [Theory]
    [InlineData("hieutruong.dinhphuoc")]
    [InlineData("giaovien.dinhphuoc")]
    [InlineData("giamsat.dinhphuoc")]
    [InlineData("xa.dautieng")]
    [InlineData("so.hochiminh")]
    [InlineData("admin")]
    public async Task No_page_a_user_reaches_shows_framework_English(string user)
    {
        var client = app.Browser();
        await client.SignInAsync(user);
        var seen = new HashSet<string> { "/" };
        var queue = new Queue<string>(["/"]);
        var found = new List<string>();
        while (queue.Count > 0 && seen.Count <= MaxPagesPerUser)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            if (response.Headers.Location is { } moved && moved.OriginalString.StartsWith('/') && seen.Add(moved.OriginalString)) queue.Enqueue(moved.OriginalString);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            foreach (var hit in EnglishIn(html)) found.Add($"{url}: {hit}");
            foreach (Match link in Link().Matches(html))
            {
                var next = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (next.Length == 0 || Skipped().IsMatch(next) || !seen.Add(next)) continue;
                queue.Enqueue(next);
            }
        }
        Assert.True(seen.Count > 5, $"only {seen.Count} pages reached");
        Assert.True(found.Count == 0, string.Join("\n", found.Distinct().Take(40)));
    }

    // "Delete", "Enter", "Tab" stay: they are the names printed on the keys the editor's keyboard hint refers to.

    /// <summary>Visible text (tags and scripts removed) and the attributes shown to users.</summary>
    private static IEnumerable<string> EnglishIn(string html)
    {
        var text = Tag().Replace(Script().Replace(html, " "), " ");
        foreach (Match m in English().Matches(WebUtility.HtmlDecode(text))) yield return m.Value;
        foreach (Match a in ShownAttribute().Matches(html))
            foreach (Match m in English().Matches(WebUtility.HtmlDecode(a.Groups[2].Value))) yield return $"{a.Groups[1].Value}=\"{m.Value}\"";
    }

    [GeneratedRegex(@"\b(?:The \w+ field|field is required|is not valid|is invalid|must be a number|is required|Submit|Cancel|Loading|Close|Search|Previous|Next|Toggle navigation|Error|Warning|Success|Edit|Save|Please|Select)\b")]
    private static partial Regex English();

    [GeneratedRegex(@"\b(title|placeholder|aria-label|alt|data-val-[a-z-]+|value)=""([^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ShownAttribute();

    [GeneratedRegex(@"href=""(/[^""]*)""")]
    private static partial Regex Link();

    /// <summary>Downloads, sign-out, static files and the API are not pages.</summary>
    [GeneratedRegex(@"^/(?:dang-xuat|api/|css/|js/|lib/|img/|favicon|openapi|metrics|healthz)|\.(?:docx|xlsx|pdf|zip|json|csv|png|jpg|ico|css|js)(?:\?|$)|handler=(?:Docx|Pdf|Xlsx|Download|Zip|Word|Excel)", RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();

    [GeneratedRegex(@"<script\b.*?</script>|<style\b.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
