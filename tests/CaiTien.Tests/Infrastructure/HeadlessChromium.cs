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
}
