using System.Net.Mail;
using CaiTien.Accounts;
using CaiTien.Checking.Text;
using CaiTien.Data;
using CaiTien.Documents.Interchange;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Schools;

/// <summary>The province's school list from Excel or CSV: read and checked row by row (preview, nothing written),
/// then on confirmation written all at once. A school is matched by its code, so importing again updates it.</summary>
public static class ImportSchoolList
{
    public const int MaxRows = 10_000;

    public enum Field { Code, Name, Level, Ownership, Unit, Address, Principal, Email, Phone }

    public sealed record Row(int Line, string Code, string Name, string Level, string? Ownership, int UnitId, string UnitName,
        string? Address, string? Principal, string? Email, string? Phone, bool Exists);

    public sealed record Error(int Line, string Column, string Message);

    public sealed record Preview(IReadOnlyList<Row> Rows, IReadOnlyList<Error> Errors)
    {
        public bool Ok => Errors.Count == 0 && Rows.Count > 0;
        public int New => Rows.Count(r => !r.Exists);
        public int Updated => Rows.Count(r => r.Exists);
    }

    private static readonly Dictionary<string, Field> Headers = new()
    {
        ["ma truong"] = Field.Code, ["ma"] = Field.Code, ["ma so"] = Field.Code, ["ma so truong"] = Field.Code, ["code"] = Field.Code,
        ["ten truong"] = Field.Name, ["ten"] = Field.Name, ["truong"] = Field.Name, ["ten don vi"] = Field.Name,
        ["cap hoc"] = Field.Level, ["cap"] = Field.Level, ["bac hoc"] = Field.Level,
        ["loai hinh"] = Field.Ownership, ["loai hinh truong"] = Field.Ownership,
        ["don vi quan ly"] = Field.Unit, ["co quan quan ly"] = Field.Unit, ["co quan quan ly truc tiep"] = Field.Unit, ["don vi chu quan"] = Field.Unit, ["xa phuong"] = Field.Unit,
        ["dia chi"] = Field.Address,
        ["hieu truong"] = Field.Principal, ["ho ten hieu truong"] = Field.Principal, ["ten hieu truong"] = Field.Principal,
        ["email"] = Field.Email, ["e mail"] = Field.Email, ["thu dien tu"] = Field.Email, ["email hieu truong"] = Field.Email,
        ["dien thoai"] = Field.Phone, ["so dien thoai"] = Field.Phone, ["sdt"] = Field.Phone, ["dt"] = Field.Phone,
    };

    private static readonly Field[] Required = [Field.Code, Field.Name, Field.Level, Field.Unit];

    public static string ColumnName(Field field) => field switch
    {
        Field.Code => "mã trường", Field.Name => "tên", Field.Level => "cấp học", Field.Ownership => "loại hình",
        Field.Unit => "đơn vị quản lý", Field.Address => "địa chỉ", Field.Principal => "hiệu trưởng", Field.Email => "email",
        _ => "điện thoại",
    };

    public static async Task<Preview> PreviewAsync(CaiTienDb db, CurrentUser user, Stream file, string fileName, CancellationToken ct = default)
    {
        if (!user.IsAdmin && !user.IsProvinceOfficer) return Fail(0, "", "Chỉ quản trị hệ thống hoặc chuyên viên Sở GD&ĐT được nhập danh sách trường.");
        SpreadsheetTable table;
        try
        {
            table = SpreadsheetTable.Read(file, fileName, MaxRows);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return Fail(0, "", "Không đọc được tệp: hãy chọn tệp Excel (.xlsx) hoặc CSV.");
        }
        if (table.Rows.Count == 0) return Fail(0, "", "Tệp không có dòng nào.");
        if (table.Rows.Count - 1 > MaxRows)
            return Fail(table.Rows[^1].Line, "", $"Danh sách có hơn {Thousands(MaxRows)} dòng trường; hãy chia thành nhiều tệp, mỗi tệp tối đa {Thousands(MaxRows)} dòng.");

        var (headerLine, headerCells) = table.Rows[0];
        var columns = new Dictionary<Field, int>();
        for (var i = 0; i < headerCells.Length; i++)
            if (Headers.TryGetValue(VietnameseText.Fold(headerCells[i]).Trim(' ', ':', '*'), out var f)) columns.TryAdd(f, i);
        var missing = Required.Where(f => !columns.ContainsKey(f)).ToList();
        if (missing.Count > 0)
            return new Preview([], missing.Select(f => new Error(headerLine, ColumnName(f), $"Dòng tiêu đề thiếu cột \"{ColumnName(f)}\".")).ToList());

        var units = await db.Districts.AdministeredBy(user).AsNoTracking()
            .Select(d => new { d.Id, d.Code, d.Name, d.OfficeName, d.LocalGovernment, d.Kind, d.ValidTo, d.ProvinceId }).ToListAsync(ct);
        var unitKeys = units.SelectMany(u => new[] { u.Code, u.Name, u.OfficeName, u.LocalGovernment }
                .Concat(u.Kind == UnitKind.ProvinceDepartment ? ["Sở GD&ĐT", "Sở Giáo dục và Đào tạo"] : [])
                .Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => (Key: VietnameseText.Fold(k), Unit: u)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Select(x => x.Unit).Distinct().ToList());
        var codes = table.Rows.Skip(1).Select(r => Cell(r.Cells, columns, Field.Code)).Where(c => c is not null).Select(c => c!).Distinct().ToList();
        var existing = (await db.Schools.AsNoTracking().Where(s => codes.Contains(s.Code)).Select(s => s.Code).ToListAsync(ct)).ToHashSet();
        var mine = (await db.Schools.AdministeredBy(user).AsNoTracking().Where(s => codes.Contains(s.Code)).Select(s => s.Code).ToListAsync(ct)).ToHashSet();

        var rows = new List<Row>();
        var errors = new List<Error>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, cells) in table.Rows.Skip(1))
        {
            var before = errors.Count;
            void Bad(Field f, string message) => errors.Add(new Error(line, ColumnName(f), message));
            foreach (var (field, index) in columns)
                if (table.Formulas.Contains((line, index + 1)) || (Cell(cells, columns, field)?.StartsWith('=') ?? false))
                    Bad(field, "Ô chứa công thức; hãy dán giá trị (Paste Values) thay cho công thức.");
            var code = Cell(cells, columns, Field.Code);
            var name = Cell(cells, columns, Field.Name);
            var levelText = Cell(cells, columns, Field.Level);
            var unitText = Cell(cells, columns, Field.Unit);
            var email = Cell(cells, columns, Field.Email);
            var phone = Cell(cells, columns, Field.Phone);
            if (code is null) Bad(Field.Code, "Thiếu mã trường.");
            else if (code.Length > 30 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) Bad(Field.Code, $"Mã trường \"{code}\" chỉ gồm chữ không dấu, số, '-', '_' (tối đa 30 ký tự).");
            else if (seen.TryGetValue(code, out var first)) Bad(Field.Code, $"Mã trường \"{code}\" trùng với dòng {first}.");
            else if (existing.Contains(code) && !mine.Contains(code)) Bad(Field.Code, $"Mã trường \"{code}\" đã thuộc một đơn vị ngoài phạm vi quản lý của bạn.");
            if (code is not null) seen.TryAdd(code, line);
            if (name is null) Bad(Field.Name, "Thiếu tên trường.");
            else if (name.Length > 200) Bad(Field.Name, "Tên trường dài quá 200 ký tự.");
            var level = LevelOf(levelText);
            if (levelText is null) Bad(Field.Level, "Thiếu cấp học.");
            else if (level is null) Bad(Field.Level, $"Cấp học \"{levelText}\" không rõ: ghi Mầm non, Tiểu học, THCS, THPT hoặc Liên cấp.");
            var candidates = unitText is null ? null : unitKeys.GetValueOrDefault(VietnameseText.Fold(unitText));
            if (unitText is null) Bad(Field.Unit, "Thiếu đơn vị quản lý.");
            else if (candidates is null) Bad(Field.Unit, $"Không tìm thấy đơn vị quản lý \"{unitText}\" trong phạm vi của bạn.");
            else if (candidates.Count > 1) Bad(Field.Unit, $"Có nhiều đơn vị tên \"{unitText}\"; hãy ghi mã đơn vị.");
            else if (candidates[0].ValidTo is { } closed) Bad(Field.Unit, $"Đơn vị \"{unitText}\" đã ngừng hoạt động từ {closed.AddDays(1):dd/MM/yyyy}.");
            if (email is not null && !IsEmail(email)) Bad(Field.Email, $"Email \"{email}\" không hợp lệ.");
            if (phone is not null && (phone.Length > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')')))
                Bad(Field.Phone, $"Số điện thoại \"{phone}\" không hợp lệ.");
            foreach (var (field, max) in new[] { (Field.Address, 300), (Field.Principal, 200), (Field.Ownership, 50) })
                if (Cell(cells, columns, field) is { } text && text.Length > max) Bad(field, $"Nội dung dài quá {max} ký tự.");
            if (errors.Count > before) continue;
            var unit = candidates![0];
            rows.Add(new Row(line, code!, name!, level!, Cell(cells, columns, Field.Ownership), unit.Id, unit.OfficeName,
                Cell(cells, columns, Field.Address), Cell(cells, columns, Field.Principal), email, phone, existing.Contains(code!)));
        }
        return new Preview(rows, errors);
    }

    /// <summary>Reads and checks the file again, then writes every row in one transaction, or nothing when any row is wrong.</summary>
    public static async Task<Preview> ConfirmAsync(CaiTienDb db, CurrentUser user, Stream file, string fileName, DateOnly today, CancellationToken ct = default)
    {
        var preview = await PreviewAsync(db, user, file, fileName, ct);
        if (!preview.Ok) return preview;
        var year = SchoolYears.Containing(today);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var codes = preview.Rows.Select(r => r.Code).ToList();
        var schools = await db.Schools.Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, StringComparer.OrdinalIgnoreCase, ct);
        foreach (var row in preview.Rows)
        {
            if (!schools.TryGetValue(row.Code, out var school))
            {
                school = new School { Code = row.Code, Name = row.Name, Abbreviation = row.Code, Level = row.Level, DistrictId = row.UnitId };
                db.Schools.Add(school);
            }
            else
            {
                if (school.Name != row.Name)
                    db.UnitEvents.Add(new UnitEvent { SchoolId = school.Id, Kind = UnitEventKind.Renamed, On = today, OldName = school.Name, NewName = row.Name, Note = "Nhập danh sách trường" });
                school.Name = row.Name;
                school.Level = row.Level;
                if (school.DistrictId != row.UnitId) await Supervision.MoveAsync(db, school, row.UnitId, year, ct);
            }
            school.Ownership = row.Ownership ?? school.Ownership;
            school.Address = row.Address ?? school.Address;
            school.PrincipalName = row.Principal ?? school.PrincipalName;
            school.ContactEmail = row.Email ?? school.ContactEmail;
            school.ContactPhone = row.Phone ?? school.ContactPhone;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return preview;
    }

    private static string Thousands(int n) => n.ToString("#,##0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    private static Preview Fail(int line, string column, string message) => new([], [new Error(line, column, message)]);

    private static string? Cell(string?[] cells, Dictionary<Field, int> columns, Field field) =>
        columns.TryGetValue(field, out var i) && i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;

    private static bool IsEmail(string text) =>
        text.Length <= 200 && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.') && !text.Contains(' ');

    public static string? LevelOf(string? text)
    {
        var folded = VietnameseText.Fold(text).Replace("&", " ").Replace("-", " ");
        if (folded.Length == 0) return null;
        if (folded.Contains("lien cap") || folded.Contains("nhieu cap") || (folded.Contains("thcs") && (folded.Contains("th ") || folded.Contains("thpt")))) return SchoolLevels.MultiLevel;
        if (folded.Contains("mam non") || folded.Contains("mau giao") || folded.Contains("nha tre")) return SchoolLevels.Preschool;
        if (folded.Contains("tieu hoc") || folded == "th") return SchoolLevels.Primary;
        if (folded.Contains("thcs") || folded.Contains("trung hoc co so")) return SchoolLevels.LowerSecondary;
        if (folded.Contains("thpt") || folded.Contains("trung hoc pho thong")) return SchoolLevels.UpperSecondary;
        return null;
    }
}
