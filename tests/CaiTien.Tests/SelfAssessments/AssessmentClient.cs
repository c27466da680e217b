using System.Net;
using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.SelfAssessments;
using CaiTien.SelfAssessments.Engine;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Tests.SelfAssessments;

/// <summary>Drives the self-assessment pages of the demo school THDP over HTTP, as its users would.</summary>
public sealed class AssessmentClient(AppFactory app)
{
    public static readonly Framework Tt17 = FrameworkRegistry.Default.ForLevel("primary", "2018")!;

    public static async Task<HttpClient> SignedInAsync(AppFactory app, string userName)
    {
        var client = app.Browser();
        await client.SignInAsync(userName);
        return client;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, bool htmx = false)
    {
        var token = await client.AntiforgeryTokenAsync("/tu-danh-gia");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))),
        };
        if (htmx) request.Headers.Add("HX-Request", "true");
        return await client.SendAsync(request);
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public Task<string> UserIdAsync(string userName) => app.WithDb(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).FirstAsync());

    /// <summary>Chair = principal (Đỗ Văn Hênh), secretary = the council-member account, three more members,
    /// and a monitoring team led by the monitoring account.</summary>
    public async Task<HttpResponseMessage> SetUpFullCouncilAsync(HttpClient principal, string year)
    {
        var seats = new List<(string Team, string Role, string Name, string? User)>
        {
            ("Council", "Chair", "Đỗ Văn Hênh", await UserIdAsync("hieutruong.dinhphuoc")),
            ("Council", "Secretary", "Nguyễn Thị Hoa", await UserIdAsync("hoidong.dinhphuoc")),
            ("Council", "Member", "Trần Văn Minh", null),
            ("Council", "Member", "Lê Thị Lan", null),
            ("Council", "Member", "Phạm Văn Tư", null),
            ("Monitoring", "Chair", "Võ Thị Năm", await UserIdAsync("giamsat.dinhphuoc")),
        };
        return await PostAsync(principal, $"/tu-danh-gia/{year}/hoi-dong?handler=Council", SeatFields(seats));
    }

    public static IEnumerable<KeyValuePair<string, string>> SeatFields(IEnumerable<(string Team, string Role, string Name, string? User)> seats) =>
        seats.SelectMany((s, i) => new KeyValuePair<string, string>[]
        {
            new($"Seats[{i}].Team", s.Team), new($"Seats[{i}].Role", s.Role), new($"Seats[{i}].Name", s.Name),
            new($"Seats[{i}].UserId", s.User ?? ""),
        });

    public Task<int> SeatIdAsync(string year, string name) => app.WithDb(db =>
        db.CouncilSeats.Where(s => s.Name == name && db.SelfAssessments.Any(a => a.Id == s.AssessmentId && a.SchoolYear == year && a.School!.Code == "THDP"))
            .Select(s => s.Id).FirstAsync());

    public async Task<HttpResponseMessage> AssignAsync(HttpClient principal, string year, IReadOnlyDictionary<string, string> seatNameByCriterion)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var i = 0;
        foreach (var (code, name) in seatNameByCriterion)
        {
            fields.Add(new($"Assignments[{i}].Criterion", code));
            fields.Add(new($"Assignments[{i}].SeatId", (await SeatIdAsync(year, name)).ToString()));
            i++;
        }
        return await PostAsync(principal, $"/tu-danh-gia/{year}/hoi-dong?handler=Assign", fields);
    }

    /// <summary>Posts a criterion's sheet; <paramref name="met"/> decides each requirement of the catalog.</summary>
    public static Task<HttpResponseMessage> RateAsync(HttpClient member, string year, string code, Func<int, string, bool> met,
        string? weaknesses = null, string evidence = "", IEnumerable<KeyValuePair<string, string>>? extra = null,
        string? description = null, string? idea = null, string? strengths = null)
    {
        var criterion = Tt17.FindCriterion(code);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Criterion", code), new("Weaknesses", weaknesses ?? ""), new("Evidence", evidence), new("Description", description ?? ""),
            new("ImprovementIdea", idea ?? ""), new("Strengths", strengths ?? ""),
        };
        if (criterion is not null)
            foreach (var (level, requirements) in criterion.Levels)
                foreach (var r in requirements)
                    fields.Add(new($"v.{level}.{r.Key}", met(level, r.Key) ? "1" : "0"));
        fields.AddRange(extra ?? []);
        return PostAsync(member, $"/tu-danh-gia/{year}/danh-gia?handler=Save", fields, htmx: true);
    }

    /// <summary>What is stored for one criterion: ratings, report and evidence rows.</summary>
    public Task<(int Ratings, int Reports, int Evidence)> StoredAsync(string year, string code) => app.WithDb(async db =>
    {
        var id = await db.SelfAssessments.Where(a => a.SchoolYear == year && a.School!.Code == "THDP").Select(a => a.Id).FirstAsync();
        return (await db.RatingEntries.CountAsync(r => r.AssessmentId == id && r.CriterionCode == code),
            await db.CriterionReports.CountAsync(r => r.AssessmentId == id && r.CriterionCode == code),
            await db.EvidenceEntries.CountAsync(r => r.AssessmentId == id && r.CriterionCode == code));
    });

    public Task<List<RequirementRating>> RatingsAsync(string year) => app.WithDb(async db =>
        (await db.RatingEntries.Where(r => db.SelfAssessments.Any(a => a.Id == r.AssessmentId && a.SchoolYear == year && a.School!.Code == "THDP"))
            .Select(r => new { r.CriterionCode, r.Level, r.RequirementKey, r.Met }).ToListAsync())
        .Select(r => new RequirementRating(r.CriterionCode, r.Level, r.RequirementKey, r.Met)).ToList());
}
