using Microsoft.Playwright;

namespace CaiTien.Tests.Infrastructure;

/// <summary>Debian's chromium as every browser test starts it.</summary>
public static class HeadlessChromium
{
    // CI containers give /dev/shm only a few megabytes: without --disable-dev-shm-usage the renderer runs out of
    // shared memory on a long test and the tab dies with "Target crashed".
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // The onboarding test's tab crashed twice under the full suite's load right at its password-change form:
        // keep Chromium's password manager and autofill out of the way of forms with new passwords.
        "--password-store=basic", "--disable-save-password-bubble",
        "--disable-features=PasswordManagerOnboarding,PasswordLeakDetection,Translate,AutofillServerCommunication,PasswordGeneration",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Arguments });

    /// <summary>Signs a demo user in on the page (the demo password) and waits until the sign-in page is left.</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string userName)
    {
        await page.GotoAsync(baseUrl + "/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(CaiTien.Data.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap"));
    }
}
