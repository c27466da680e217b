using CaiTien.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaiTien.Tests.Browser;

/// <summary>Row operations in the editor are undone and redone like in Word: Ctrl+Z after the typing in the current
/// cell, Ctrl+Y again, and the buttons for the same.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RowUndoBrowserTests(LiveServer server)
{
    private static ILocator Weakness(ILocator row) => row.GetByLabel("Điểm yếu");

    private static async Task ExpectWeaknessesAsync(IPage page, params string[] texts)
    {
        var editors = page.Locator("section.row-editor");
        await Assertions.Expect(editors).ToHaveCountAsync(texts.Length);
        for (var i = 0; i < texts.Length; i++) await Assertions.Expect(Weakness(editors.Nth(i))).ToHaveValueAsync(texts[i]);
    }

    [Fact]
    public async Task Deleting_moving_and_pasting_rows_undo_and_redo_and_typing_is_undone_first()
    {
        var page = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        page.Dialog += (_, d) => d.AcceptAsync();
        var url = await EditorBrowserTests.NewDraftAsync(page, server.BaseUrl, "2043-2044", 3);
        var editors = page.Locator("section.row-editor");
        for (var i = 0; i < 3; i++)
        {
            await editors.Nth(i).GetByLabel("Tiêu chí", new() { Exact = true }).FillAsync($"1.{i + 1}");
            await Weakness(editors.Nth(i)).FillAsync($"Điểm yếu {i + 1}");
            await editors.Nth(i).GetByLabel("Ghi chú").ClickAsync();
            await Assertions.Expect(editors.Nth(i).Locator("[data-state]")).ToHaveTextAsync("Đã lưu");
        }

        // Delete the second row from the keyboard, then Ctrl+Z in an untouched cell brings it back in its place.
        await Weakness(editors.Nth(1)).ClickAsync();
        await page.Keyboard.PressAsync("Control+Shift+Delete");
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Điểm yếu 3");
        await editors.First.GetByLabel("Ghi chú").ClickAsync();
        await page.Keyboard.PressAsync("Control+z");
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Điểm yếu 2", "Điểm yếu 3");
        await page.Keyboard.PressAsync("Control+y");
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Điểm yếu 3");
        await page.Keyboard.PressAsync("Control+z");
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Điểm yếu 2", "Điểm yếu 3");

        // Typing in a cell is undone by the browser first; the rows stay as they are.
        var notes = editors.Nth(2).GetByLabel("Ghi chú");
        await notes.ClickAsync();
        await page.Keyboard.TypeAsync("gõ thử", new() { Delay = 30 });
        await page.Keyboard.PressAsync("Control+z");
        // How much one undo takes back is the browser's choice (here the last letter or word): some of it, in the cell.
        await Assertions.Expect(notes).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^(|g|gõ|gõ |gõ t|gõ th)$"));
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Điểm yếu 2", "Điểm yếu 3");

        // A move, undone by the button.
        await Weakness(editors.First).ClickAsync();
        await page.Keyboard.PressAsync("Alt+Shift+ArrowDown");
        await ExpectWeaknessesAsync(page, "Điểm yếu 2", "Điểm yếu 1", "Điểm yếu 3");
        var undo = page.GetByRole(AriaRole.Button, new() { Name = "↶ Hoàn tác" });
        await Assertions.Expect(undo).ToHaveAttributeAsync("title", "Hoàn tác: chuyển dòng xuống");
        await undo.ClickAsync();
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Điểm yếu 2", "Điểm yếu 3");

        // A pasted block goes away in one step and comes back in one step.
        await editors.First.GetByLabel("Ghi chú").ClickAsync();
        await page.EvaluateAsync("text => { const dt = new DataTransfer(); dt.setData('text/plain', text);" +
            " document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })); }",
            "Tiêu chí\tĐiểm yếu\tKết quả cần đạt\tChủ trì\tThời gian\n1.2\tDán một\tĐạt\tHiệu trưởng\tTháng 10/2043\n1.3\tDán hai\tĐạt\tHiệu trưởng\tTháng 11/2043\n");
        await Assertions.Expect(page.Locator("#paste-status")).ToContainTextAsync("Đã thêm 2 dòng");
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Dán một", "Dán hai", "Điểm yếu 2", "Điểm yếu 3");
        await undo.ClickAsync();
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Điểm yếu 2", "Điểm yếu 3");
        await page.GetByRole(AriaRole.Button, new() { Name = "↷ Làm lại" }).ClickAsync();
        await ExpectWeaknessesAsync(page, "Điểm yếu 1", "Dán một", "Dán hai", "Điểm yếu 2", "Điểm yếu 3");

        // What the page shows is what the server holds.
        var fresh = await server.SignedInPageAsync("hieutruong.nguyenbangoc");
        await fresh.GotoAsync(url);
        await ExpectWeaknessesAsync(fresh, "Điểm yếu 1", "Dán một", "Dán hai", "Điểm yếu 2", "Điểm yếu 3");
        await fresh.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
