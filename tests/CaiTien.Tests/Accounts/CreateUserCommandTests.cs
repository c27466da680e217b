using System.Net;
using System.Text.RegularExpressions;
using CaiTien.Cli;
using CaiTien.Data;
using CaiTien.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CaiTien.Tests.Accounts;

/// <summary>First run on an empty database, on either provider: no account exists, <c>caitien admin create-user</c>
/// prints a one-time password, and the first sign-in with it leads to "Đổi mật khẩu" before anything else.</summary>
public abstract partial class CreateUserCommandTests(DatabaseProvider provider)
{
    public static Task<(int Exit, string Output, string Errors)> RunCliAsync(AccountApp app, params string[] args) =>
        RunCliAsync(app.Provider, app.Folder, app.Connection, args);

    /// <summary>Runs the CLI against one database, with the same settings the app reads, without touching the environment.</summary>
    public static async Task<(int Exit, string Output, string Errors)> RunCliAsync(DatabaseProvider provider, string folder, string? connection, params string[] args)
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = provider.ToString(), ["CaiTien:DataFolder"] = folder };
        if (connection is not null) settings["ConnectionStrings:CaiTien"] = connection;
        CliContext.Override.Value = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        try
        {
            return await CliConsole.RunAsync(() => CliProgram.Main(args));
        }
        finally
        {
            CliContext.Override.Value = null;
        }
    }

    public static string CodeIn(string output)
    {
        var m = CodePattern().Match(output);
        Assert.True(m.Success, output);
        return m.Groups[1].Value;
    }

    [GeneratedRegex(@"Mật khẩu dùng một lần: (\S+)")]
    private static partial Regex CodePattern();

    [Fact]
    public async Task Create_user_on_an_empty_database_prints_a_one_time_password_that_must_be_changed()
    {
        await using var app = new AccountApp(provider, demo: false);
        Assert.Equal(0, await app.WithDb(db => db.Users.CountAsync()));

        var (exit, output, errors) = await RunCliAsync(app, "admin", "create-user", "--role", "admin", "--user", "QuanTri");
        Assert.True(exit == 0, errors);
        var code = CodeIn(output);
        var (again, _, againErrors) = await RunCliAsync(app, "admin", "create-user", "--role", "admin", "--user", "quantri");
        Assert.Equal(1, again);
        Assert.Contains("đã có người dùng", againErrors);
        var (badRole, _, badRoleErrors) = await RunCliAsync(app, "admin", "create-user", "--role", "vua", "--user", "x1");
        Assert.Equal(1, badRole);
        Assert.Contains("vai trò \"vua\" không có", badRoleErrors);

        var client = app.Browser();
        await client.SignInAsync("quantri", code);
        var home = await client.GetAsync("/phong");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/doi-mat-khau", home.Headers.Location!.ToString());

        var token = await client.AntiforgeryTokenAsync("/doi-mat-khau");
        var weak = await client.PostAsync("/doi-mat-khau", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = code, ["Password"] = DemoData.Password, ["Confirm"] = DemoData.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("không được dùng ngoài chế độ demo", await weak.Content.ReadAsStringAsync());
        var changed = await client.PostAsync("/doi-mat-khau", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = code, ["Password"] = "QuanTri@2026", ["Confirm"] = "QuanTri@2026", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/", changed.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quan-tri/tai-khoan")).StatusCode);

        var fresh = app.Browser();
        await fresh.SignInAsync("quantri", "QuanTri@2026");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/quan-tri/tai-khoan")).StatusCode);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Entity == "Account" && a.Action == "PasswordChanged")));
    }
}

public sealed class SqliteCreateUserCommandTests() : CreateUserCommandTests(DatabaseProvider.Sqlite);

public sealed class PostgresCreateUserCommandTests() : CreateUserCommandTests(DatabaseProvider.Postgres);
