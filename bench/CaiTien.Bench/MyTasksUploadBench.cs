using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.Bench;

/// <summary>Issue 9: a 20 MB evidence upload on a row of "Việc của tôi". The Allocated column shows what the server
/// and client allocate per upload beside the 20 MB body, which is built once in setup: the upload is streamed to
/// disk in 80 KB chunks, so it must stay far below the file size (target: working-set growth ≤ 10 MB).</summary>
[MemoryDiagnoser]
public partial class MyTasksUploadBench
{
    private InProcessApp _app = null!;
    private HttpClient _client = null!;
    private string _page = "";
    private byte[] _pdf = [];
    private int _serial;
    private int _rowId;
    private string _file = "";
    private CurrentUser _principal = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _app = new InProcessApp();
        _client = await _app.SignedInAsync("hieutruong.dinhphuoc");
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        var plan = await db.Plans.SingleAsync(p => p.School!.Code == "THDP");
        var principal = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "hieutruong.dinhphuoc");
        var error = await IssuePlan.RunAsync(db, new CurrentUser(principal.Id, principal.FullName, principal.Role, principal.SchoolId, null, null), plan.Id, TimeProvider.System);
        if (error is not null) throw new InvalidOperationException(error);
        var rowId = await db.PlanRows.Where(r => r.PlanId == plan.Id).OrderBy(r => r.Position).Select(r => r.Id).FirstAsync();
        _page = $"/tien-do/dong/{rowId}";
        _rowId = rowId;
        _principal = new CurrentUser(principal.Id, principal.FullName, principal.Role, principal.SchoolId, null, null);
        _pdf = new byte[20 * 1024 * 1024 - 4096];
        "%PDF-1.4\n"u8.CopyTo(_pdf);
        _file = Path.Combine(Path.GetTempPath(), $"caitien-bench-{Guid.NewGuid():N}.pdf");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.Dispose();
        File.Delete(_file);
    }

    /// <summary>The use case alone, reading the upload from a file stream as the form reader hands it over.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int?> UploadUseCase20Mb()
    {
        BitConverter.GetBytes(++_serial).CopyTo(_pdf, _pdf.Length - 4);
        await File.WriteAllBytesAsync(_file, _pdf);
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CaiTienDb>();
        var store = scope.ServiceProvider.GetRequiredService<CaiTien.Files.FileStorage>();
        await using var content = File.OpenRead(_file);
        var result = await CaiTien.Evidence.UploadEvidence.RunAsync(db, store, _principal, _rowId, content,
            new CaiTien.Evidence.EvidenceInput($"minh-chung-{_serial}.pdf", null, null, null, null, null), TimeProvider.System);
        return result.FileId ?? throw new InvalidOperationException(result.Error);
    }

    [Benchmark]
    public async Task<HttpStatusCode> Upload20Mb()
    {
        // A different last byte each time, so every upload is new content and really written to the store.
        BitConverter.GetBytes(++_serial).CopyTo(_pdf, _pdf.Length - 4);
        var html = await _client.GetStringAsync(_page);
        var token = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(_pdf), "upload", $"minh-chung-{_serial}.pdf" },
        };
        var response = await _client.PostAsync(_page + "?handler=Upload", form);
        return response.StatusCode == HttpStatusCode.OK ? response.StatusCode : throw new InvalidOperationException($"upload refused: {response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
