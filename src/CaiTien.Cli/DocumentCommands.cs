using System.CommandLine;
using CaiTien.Checking;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;

namespace CaiTien.Cli;

/// <summary>Commands that work on files alone, no database: render, import (Word/Excel → JSON) and check.</summary>
internal static class DocumentCommands
{
    public static Command Render()
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp kế hoạch caitien.plan/1 (.json)" };
        var format = new Option<string>("--format") { Description = "docx | pdf | xlsx", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Tệp kết quả", Required = true };
        var cmd = new Command("render", "Tạo văn bản Word/PDF/Excel từ tệp JSON, không cần cơ sở dữ liệu") { file, format, output };
        cmd.SetAction(result =>
        {
            var kind = RenderPlan.FindFormat(result.GetValue(format));
            if (kind is null || kind.Key == "json") return CliContext.Fail("--format phải là docx, pdf hoặc xlsx.", CliContext.Invalid);
            var (plan, exit) = ReadPlanJson(result.GetValue(file)!);
            if (plan is null) return exit;
            return WriteDocument(plan, kind, result.GetValue(output)!);
        });
        return cmd;
    }

    public static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "Kế hoạch dạng Word (.docx) hoặc Excel (.xlsx)" };
        var output = new Option<FileInfo?>("--out") { Description = "Tệp JSON kết quả (mặc định: in ra màn hình)" };
        var cmd = new Command("import", "Đọc kế hoạch Word/Excel thành JSON caitien.plan/1") { file, output };
        cmd.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists) return CliContext.Fail($"không tìm thấy tệp {path.FullName}.", CliContext.Unreadable);
            ImportResult imported;
            using (var stream = path.OpenRead()) imported = PlanImporter.Import(stream, path.Name);
            foreach (var w in imported.Warnings) Console.Error.WriteLine("Cảnh báo: " + w);
            if (!imported.Ok)
            {
                foreach (var e in imported.Errors) Console.Error.WriteLine("Lỗi: " + e);
                return CliContext.Unreadable;
            }
            var json = PlanJson.Serialize(imported.Plan!);
            if (result.GetValue(output) is { } outFile) File.WriteAllText(outFile.FullName, json);
            else Console.WriteLine(json);
            return CliContext.Ok;
        });
        return cmd;
    }

    public static Command Check()
    {
        var file = new Argument<FileInfo>("file") { Description = "Kế hoạch .json, .docx hoặc .xlsx" };
        var format = new Option<string>("--format") { Description = "text | json", DefaultValueFactory = _ => "text" };
        var cmd = new Command("check", "Kiểm tra lỗi trong kế hoạch; mã thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi không đọc được tệp") { file, format };
        cmd.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var plan = ReadAnyPlan(path);
            if (plan is null) return CliContext.Unreadable;
            var findings = PlanChecker.Check(plan);
            if (result.GetValue(format) == "json") Console.WriteLine(FindingsJson.Serialize(findings));
            else
            {
                foreach (var f in findings)
                    Console.WriteLine($"[{f.Severity}] {f.Rule} @ {f.Location.Section}{(f.Location.Rows is { Count: > 1 } rows ? $"[{string.Join(",", rows)}]" : f.Location.Item is { } i ? $"[{i}]" : "")}{(f.Location.Field is { } fd ? "." + fd : "")}: {f.Message}{(f.Suggestion is null ? "" : $" → {f.Suggestion}")}");
                Console.WriteLine($"{findings.Count(f => f.Severity == Severities.Error)} lỗi, {findings.Count(f => f.Severity == Severities.Warning)} cảnh báo, {findings.Count(f => f.Severity == Severities.Info)} lưu ý.");
            }
            return findings.Any(f => f.Severity == Severities.Error) ? CliContext.Invalid : CliContext.Ok;
        });
        return cmd;
    }

    internal static int WriteDocument(PlanDocument plan, RenderPlan.Format kind, FileInfo output)
    {
        using (var stream = output.Create())
            foreach (var warning in RenderPlan.Write(plan, kind, stream)) Console.Error.WriteLine("Cảnh báo: " + warning);
        Console.WriteLine($"Đã ghi {output.FullName}");
        return CliContext.Ok;
    }

    private static PlanDocument? ReadAnyPlan(FileInfo path)
    {
        if (!path.Exists) { CliContext.Fail($"không tìm thấy tệp {path.FullName}.", CliContext.Unreadable); return null; }
        if (path.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)) return ReadPlanJson(path).Plan;
        using var stream = path.OpenRead();
        var imported = PlanImporter.Import(stream, path.Name);
        foreach (var e in imported.Errors) Console.Error.WriteLine("Lỗi: " + e);
        return imported.Ok ? imported.Plan : null;
    }

    private static (PlanDocument? Plan, int Exit) ReadPlanJson(FileInfo path)
    {
        if (!path.Exists) return (null, CliContext.Fail($"không tìm thấy tệp {path.FullName}.", CliContext.Unreadable));
        var read = PlanJson.Read(File.ReadAllText(path.FullName));
        if (read.Ok) return (read.Plan, CliContext.Ok);
        foreach (var e in read.Errors) Console.Error.WriteLine($"Lỗi: {e.Path}: {e.Message}");
        return (null, CliContext.Unreadable);
    }
}
