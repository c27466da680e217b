using System.CommandLine;
using CaiTien.Documents.Interchange;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Cli;

/// <summary><c>caitien plan import|export</c>: plans of a named school in caitien.plan/1 JSON.</summary>
internal static class PlanCommands
{
    public static Command Build()
    {
        var plan = new Command("plan", "Nhập, xuất kế hoạch của một trường");
        plan.Subcommands.Add(Import());
        plan.Subcommands.Add(Export());
        return plan;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp kế hoạch caitien.plan/1 (.json)" };
        var school = new Option<string>("--school") { Description = "Mã trường", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Ghi đè bản nháp cùng năm học" };
        var cmd = new Command("import", "Nhập kế hoạch từ tệp JSON") { file, school, replace };
        cmd.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists) return CliContext.Fail($"không tìm thấy tệp {path.FullName}.", CliContext.Unreadable);
            PlanReadResult read;
            try
            {
                await using var stream = path.OpenRead();
                read = PlanJson.Read(stream);
            }
            catch (IOException ex)
            {
                return CliContext.Fail($"không đọc được tệp {path.Name}: {ex.Message}", CliContext.Unreadable);
            }
            if (!read.Ok) return Report(path.Name, read.Errors);
            await using var db = await CliContext.OpenDatabaseAsync(ct);
            var code = result.GetValue(school)!;
            var schoolId = await db.Schools.Where(s => s.Code == code).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
            if (schoolId is null) return CliContext.Fail($"không có trường mã \"{code}\".", CliContext.Invalid);
            var imported = await ImportPlan.RunAsync(db, schoolId.Value, read.Plan!, result.GetValue(replace), VietnamClock.Instance, ct: ct);
            if (!imported.Ok) return Report(path.Name, imported.Errors);
            Console.WriteLine($"Đã nhập kế hoạch năm học {read.Plan!.SchoolYear} ({read.Plan.Items.Count} dòng) cho trường {code}, mã kế hoạch {imported.PlanId}.");
            return CliContext.Ok;
        });
        return cmd;
    }

    private static Command Export()
    {
        var school = new Option<string>("--school") { Description = "Mã trường", Required = true };
        var year = new Option<string>("--year") { Description = "Năm học, ví dụ 2024-2025", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Tệp kết quả (mặc định: in JSON ra màn hình)" };
        var format = new Option<string>("--format") { Description = "json | docx | pdf | xlsx", DefaultValueFactory = _ => "json" };
        var cmd = new Command("export", "Xuất kế hoạch ra JSON caitien.plan/1, Word, PDF hoặc Excel") { school, year, output, format };
        cmd.SetAction(async (result, ct) =>
        {
            await using var db = await CliContext.OpenDatabaseAsync(ct);
            var code = result.GetValue(school)!;
            var schoolId = await db.Schools.Where(s => s.Code == code).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
            if (schoolId is null) return CliContext.Fail($"không có trường mã \"{code}\".", CliContext.Invalid);
            var doc = await ExportPlan.BySchoolYearAsync(db, schoolId.Value, result.GetValue(year)!, ct);
            if (doc is null) return CliContext.Fail($"trường {code} chưa có kế hoạch năm học {result.GetValue(year)}.", CliContext.Invalid);
            var kind = RenderPlan.FindFormat(result.GetValue(format));
            if (kind is null) return CliContext.Fail("--format phải là json, docx, pdf hoặc xlsx.", CliContext.Invalid);
            if (kind.Key != "json")
                return result.GetValue(output) is { } target
                    ? DocumentCommands.WriteDocument(doc, kind, target)
                    : CliContext.Fail($"--out là bắt buộc với định dạng {kind.Key}.", CliContext.Invalid);
            var json = PlanJson.Serialize(doc);
            if (result.GetValue(output) is { } outFile) await File.WriteAllTextAsync(outFile.FullName, json, ct);
            else Console.WriteLine(json);
            return CliContext.Ok;
        });
        return cmd;
    }

    private static int Report(string fileName, IEnumerable<PlanReadError> errors)
    {
        Console.Error.WriteLine($"Không nhập được {fileName}; chưa có gì được ghi:");
        foreach (var e in errors) Console.Error.WriteLine($"  {e.Path}: {e.Message}");
        return CliContext.Invalid;
    }
}
