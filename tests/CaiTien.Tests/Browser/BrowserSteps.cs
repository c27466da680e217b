using Microsoft.Playwright;

namespace CaiTien.Tests.Browser;

/// <summary>Steps several browser tests take the same way.</summary>
internal static class BrowserSteps
{
    /// <summary>Presses a button that may ask to confirm (past the checker's open errors) and waits for the outcome.
    /// Waits for whichever comes first, the question or the outcome, so a slow answer is not taken for no question.</summary>
    public static async Task ActAsync(IPage page, string button, string confirmButton, ILocator outcome, string expected)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = confirmButton });
        var done = outcome.Filter(new() { HasText = expected });
        await Assertions.Expect(confirm.Or(done).First).ToBeVisibleAsync();
        if (await confirm.IsVisibleAsync()) await confirm.ClickAsync();
        await Assertions.Expect(done.First).ToBeVisibleAsync();
    }

    /// <summary>Issues the plan whose letter page is open.</summary>
    public static Task IssueOpenPlanAsync(IPage page) => ActAsync(page, "Ban hành", "Vẫn ban hành", page.Locator("main .badge"), "Đã ban hành");

    /// <summary>Waits until the plan editor is open and its table is there. Waits for the element, not for the page's
    /// load event: under a full suite's load the load event of the editor once never came within a minute.</summary>
    public static async Task EditorOpenedAsync(IPage page)
    {
        await page.WaitForURLAsync("**/soan", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#rows").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
