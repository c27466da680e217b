using System.CommandLine;
using CaiTien.Data;
using CaiTien.Files;
using CaiTien.Installations;
using Microsoft.Extensions.Configuration;

namespace CaiTien.Cli;

/// <summary><c>caitien backup|restore|migrate-data</c>: whole installations, on the database and file store the app
/// is configured with (same settings and environment variables as the app).</summary>
internal static class InstallationCommands
{
    private sealed record Installation(IConfiguration Config, string DataFolder, DatabaseProvider Provider, string ConnectionString, IFileStore Files)
    {
        public PgTools Pg => new(Config["Backup:PgBin"]);
    }

    private static Installation Open()
    {
        var config = CliContext.Configuration();
        var folder = DataFolders.Resolve(config["CaiTien:DataFolder"]);
        var (provider, cs) = Database.Resolve(config, folder);
        return new Installation(config, folder, provider, cs, FileStores.Create(config, folder, provider, cs));
    }

    public static Command Backup()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Thư mục mới (trống) để ghi bản sao lưu", Required = true };
        var cmd = new Command("backup", "Sao lưu cơ sở dữ liệu và các tệp lưu trữ tại một thời điểm") { output };
        cmd.SetAction(async (result, ct) => await Guarded(async () =>
        {
            var site = Open();
            var dir = result.GetValue(output)!.FullName;
            var manifest = await BackupInstallation.RunAsync(site.Provider, site.ConnectionString, site.Files, site.Pg, dir, ct);
            Console.WriteLine($"Đã sao lưu {site.Provider} ({manifest.DatabaseFile}, SHA-256 {manifest.DatabaseSha256}) và {manifest.Files.Count} tệp lưu trữ vào {dir}.");
        }));
        return cmd;
    }

    public static Command Restore()
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "Thư mục bản sao lưu (có manifest.json)" };
        var cmd = new Command("restore", "Khôi phục bản sao lưu (thay toàn bộ dữ liệu hiện có); từ chối nếu mã băm không khớp") { folder };
        cmd.SetAction(async (result, ct) => await Guarded(async () =>
        {
            var site = Open();
            var dir = result.GetValue(folder)!.FullName;
            var manifest = await RestoreInstallation.RunAsync(site.Provider, site.ConnectionString, site.Files, site.Pg, dir, ct);
            Console.WriteLine($"Đã khôi phục bản sao lưu lúc {manifest.CreatedAt:dd/MM/yyyy HH:mm:ss} UTC: cơ sở dữ liệu {site.Provider} và {manifest.Files.Count} tệp lưu trữ ({site.Files.Kind}).");
        }));
        return cmd;
    }

    public static Command MigrateData()
    {
        var to = new Option<string>("--to-postgres") { Description = "Chuỗi kết nối PostgreSQL đích (cơ sở dữ liệu trống)", Required = true };
        var filesTo = new Option<string>("--files-to") { Description = "Kho tệp đích: Database (mặc định), S3 (cấu hình Files:S3) hoặc Local", DefaultValueFactory = _ => "Database" };
        var cmd = new Command("migrate-data", "Chép toàn bộ cài đặt SQLite (bảng, tài khoản, tệp) sang PostgreSQL và kiểm tra số dòng, mã băm") { to, filesTo };
        cmd.SetAction(async (result, ct) => await Guarded(async () =>
        {
            var site = Open();
            if (site.Provider != DatabaseProvider.Sqlite)
                throw new InstallationException("Cài đặt hiện tại không dùng SQLite; migrate-data chép từ SQLite sang PostgreSQL.");
            var target = result.GetValue(to)!;
            var targetConfig = new ConfigurationBuilder().AddConfiguration(site.Config)
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Files:Store"] = result.GetValue(filesTo) }).Build();
            var targetFiles = FileStores.Create(targetConfig, site.DataFolder, DatabaseProvider.Postgres, target);
            await using var source = Database.Create(DatabaseProvider.Sqlite, site.ConnectionString, audit: false);
            var report = await MigrateToPostgres.RunAsync(source, site.Files, target, targetFiles, FileStores.TempFolder(site.DataFolder), Console.WriteLine, ct);
            Console.WriteLine($"Đã chép {report.Tables.Count} bảng ({report.Tables.Sum(t => t.Rows)} dòng) và {report.Files} tệp ({report.FileBytes} byte) sang PostgreSQL; số dòng và mã băm khớp.");
        }));
        return cmd;
    }

    private static async Task<int> Guarded(Func<Task> work)
    {
        try
        {
            await work();
            return CliContext.Ok;
        }
        catch (InstallationException ex)
        {
            return CliContext.Fail(ex.Message, CliContext.Invalid);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException or System.ComponentModel.Win32Exception)
        {
            return CliContext.Fail(ex.Message, CliContext.Unreadable);
        }
    }
}
