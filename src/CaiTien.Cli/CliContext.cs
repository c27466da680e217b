using CaiTien.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CaiTien.Cli;

/// <summary>Opens the same database the web app uses (same configuration keys and environment variables).</summary>
internal static class CliContext
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Unreadable = 2;

    /// <summary>Tests point one invocation at a database without touching the process environment.</summary>
    internal static readonly AsyncLocal<IConfiguration?> Override = new();

    /// <summary>The app's settings as the CLI sees them: environment variables (<c>__</c> for <c>:</c>).</summary>
    public static IConfiguration Configuration() => Override.Value ?? new ConfigurationBuilder().AddEnvironmentVariables().Build();

    public static async Task<CaiTienDb> OpenDatabaseAsync(CancellationToken ct)
    {
        var config = Configuration();
        var (provider, cs) = Database.Resolve(config, DataFolders.Resolve(config["CaiTien:DataFolder"]));
        var db = Database.Create(provider, cs);
        await db.Database.MigrateAsync(ct);
        return db;
    }

    public static int Fail(string message, int code)
    {
        Console.Error.WriteLine("Lỗi: " + message);
        return code;
    }
}
