using CaiTien.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace CaiTien.Accounts;

/// <summary>Outside demo mode, refuses the published demo password and other well-known defaults.</summary>
public sealed class DemoPasswordValidator(IConfiguration config) : IPasswordValidator<AppUser>
{
    private readonly bool demoMode = config.GetValue("CaiTien:DemoMode", false);

    private static readonly string[] Defaults = [DemoData.Password, "123456", "Password1!", "Admin@123", "CaiTien@123"];

    public static bool IsWellKnown(string password) => Defaults.Contains(password, StringComparer.OrdinalIgnoreCase);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (!demoMode && password is not null && IsWellKnown(password))
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "DefaultPassword",
                Description = "Mật khẩu mặc định/phổ biến không được dùng ngoài chế độ demo.",
            }));
        return Task.FromResult(IdentityResult.Success);
    }
}
