using System.CommandLine;
using CaiTien.Accounts;

namespace CaiTien.Cli;

/// <summary><c>caitien admin create-user</c>: the first administrator (or any account) with a one-time password.</summary>
internal static class AdminCommands
{
    public static Command Build()
    {
        var admin = new Command("admin", "Quản trị tài khoản trên cơ sở dữ liệu của ứng dụng");
        admin.Subcommands.Add(CreateUser());
        return admin;
    }

    private static Command CreateUser()
    {
        var role = new Option<string>("--role") { Description = "admin | so | phong | principal (hoặc tên vai trò)", Required = true };
        var user = new Option<string>("--user") { Description = "Tên đăng nhập", Required = true };
        var name = new Option<string?>("--name") { Description = "Họ tên (mặc định: tên đăng nhập)" };
        var email = new Option<string?>("--email") { Description = "Email" };
        var school = new Option<string?>("--school") { Description = "Mã trường (vai trò trong trường)" };
        var district = new Option<string?>("--district") { Description = "Mã cơ quan quản lý (vai trò phong)" };
        var province = new Option<string?>("--province") { Description = "Mã tỉnh (vai trò so)" };
        var cmd = new Command("create-user", "Tạo tài khoản với mật khẩu dùng một lần (phải đổi khi đăng nhập lần đầu)")
            { role, user, name, email, school, district, province };
        cmd.SetAction(async (result, ct) =>
        {
            await using var db = await CliContext.OpenDatabaseAsync(ct);
            var created = await CreateAccountFromCommandLine.RunAsync(db, CliContext.Configuration(), result.GetValue(role)!, result.GetValue(user)!,
                result.GetValue(name), result.GetValue(school), result.GetValue(district), result.GetValue(province), result.GetValue(email), ct);
            if (created.Error is not null) return CliContext.Fail(created.Error, CliContext.Invalid);
            Console.WriteLine($"Đã tạo tài khoản \"{result.GetValue(user)!.Trim().ToLowerInvariant()}\" ({Roles.DisplayName(created.Role!)}).");
            Console.WriteLine($"Mật khẩu dùng một lần: {created.Code}");
            Console.WriteLine("Mật khẩu này phải được đổi ở lần đăng nhập đầu tiên.");
            return CliContext.Ok;
        });
        return cmd;
    }
}
