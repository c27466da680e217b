using System.Net;
using System.Text.RegularExpressions;
using CaiTien.Data;

namespace CaiTien.Tests.Infrastructure;

public static partial class Http
{
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var m = TokenPattern().Match(html);
        Assert.True(m.Success, $"no antiforgery token on {page}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    public static async Task SignInAsync(this HttpClient client, string userName, string password = DemoData.Password)
    {
        var token = await client.AntiforgeryTokenAsync("/dang-nhap");
        var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string page, string fileName, byte[] content, IDictionary<string, string>? fields = null)
    {
        var token = await client.AntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (k, v) in fields ?? new Dictionary<string, string>()) form.Add(new StringContent(v), k);
        form.Add(new ByteArrayContent(content), "Upload", fileName);
        return await client.PostAsync(page, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public static partial class Htmx
{
    /// <summary>The token htmx sends as X-CSRF-TOKEN, read from the page's body hx-headers.</summary>
    public static async Task<string> CsrfHeaderAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var m = HeaderToken().Match(html);
        Assert.True(m.Success, $"no hx-headers token on {page}");
        return m.Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> HxPostAsync(this HttpClient client, string url, string token, IDictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        request.Headers.Add("HX-Request", "true");
        return await client.SendAsync(request);
    }

    [GeneratedRegex("hx-headers='\\{\"X-CSRF-TOKEN\": \"([^\"]+)\"\\}'")]
    private static partial Regex HeaderToken();
}
