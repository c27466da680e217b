using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static CaiTien.Bench.BenchTiming;

namespace CaiTien.Bench;

/// <summary>Issue 14: importing a province's list of 2,000 schools (.xlsx) on SQLite, target ≤ 5 s. Baseline in the
/// same run: reading the spreadsheet alone (MiniExcel + formula scan). Each confirmation creates 2,000 new schools
/// (fresh codes), then the same file again updates them all by code.</summary>
public static class SchoolImportRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 3;
        var connection = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("caitien-import-").FullName, "bench.db")}";
        await using (var setup = Database.Create(DatabaseProvider.Sqlite, connection))
        {
            await setup.Database.MigrateAsync();
            var province = new Province { Code = "BI", Name = "Tỉnh Nhập Thử" };
            setup.Add(province);
            setup.AddRange(Enumerable.Range(0, 40).Select(i => new District
            {
                Code = $"BI-X{i}", Name = $"Xã Thử {i}", OfficeName = $"Phòng Văn hóa – Xã hội xã Thử {i}", Kind = UnitKind.CommuneOffice,
                LocalGovernment = $"UBND xã Thử {i}", Province = province,
            }));
            await setup.SaveChangesAsync();
        }
        var admin = new CurrentUser("bench", "bench", Roles.SystemAdmin, null, null, null);
        var today = new DateOnly(2026, 9, 1);
        var (parse, preview, create, update) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var file = Workbook(2_000, $"R{round}-");
            parse.Add(Time(() => SpreadsheetTable.Read(new MemoryStream(file), "ds.xlsx", ImportSchoolList.MaxRows)));
            preview.Add(await TimeAsync(async () =>
            {
                await using var db = Database.Create(DatabaseProvider.Sqlite, connection);
                Check(await ImportSchoolList.PreviewAsync(db, admin, new MemoryStream(file), "ds.xlsx"));
            }));
            foreach (var list in new[] { create, update })
                list.Add(await TimeAsync(async () =>
                {
                    await using var db = Database.Create(DatabaseProvider.Sqlite, connection);
                    Check(await ImportSchoolList.ConfirmAsync(db, admin, new MemoryStream(file), "ds.xlsx", today));
                }));
        }
        var baseline = Median(parse);
        Console.WriteLine($"school list of 2,000 rows (.xlsx), SQLite, median of {rounds}:");
        foreach (var (name, times) in new[] { ("read spreadsheet (baseline)", parse), ("preview (read + check)", preview), ("import, 2,000 new schools", create), ("re-import, 2,000 updates", update) })
            Console.WriteLine($"  {name,-30} {Median(times),8:F0} ms   ×{Median(times) / baseline:F1}");
        return 0;
    }

    private static byte[] Workbook(int rows, string prefix)
    {
        var data = Enumerable.Range(1, rows).Select(i => new Dictionary<string, object>
        {
            ["Mã trường"] = $"{prefix}{i:00000}", ["Tên trường"] = $"Trường Tiểu học Thử {i}", ["Cấp học"] = (i % 3) switch { 0 => "Mầm non", 1 => "Tiểu học", _ => "THCS" },
            ["Loại hình"] = "Công lập", ["Đơn vị quản lý"] = $"Phòng Văn hóa – Xã hội xã Thử {i % 40}", ["Địa chỉ"] = $"Ấp {i % 9}",
            ["Hiệu trưởng"] = $"Nguyễn Văn {i}", ["Email"] = $"ht{i}@truong.edu.vn", ["Điện thoại"] = $"0274 {i:000000}",
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(data);
        return stream.ToArray();
    }

    private static void Check(ImportSchoolList.Preview preview)
    {
        if (!preview.Ok) throw new InvalidOperationException("bench list refused: " + string.Join("; ", preview.Errors.Take(3).Select(e => $"{e.Line}/{e.Column}: {e.Message}")));
    }
}
