using System.Text.RegularExpressions;

namespace CaiTien.Checking.Text;

/// <summary>The abbreviations schools write in plan rows, spelled out so a row's words can be compared with the
/// framework's wording ("100% HS đạt KQHT" → "học sinh", "kết quả học tập"). Upper case only: "hs" in a word is
/// not an abbreviation.</summary>
public static partial class Abbreviations
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["KQHT"] = "kết quả học tập", ["KQRL"] = "kết quả rèn luyện", ["KQGD"] = "kết quả giáo dục",
        ["HS"] = "học sinh", ["GV"] = "giáo viên", ["NV"] = "nhân viên", ["CB"] = "cán bộ",
        ["CBQL"] = "cán bộ quản lý", ["CBGV"] = "cán bộ giáo viên", ["CBGVNV"] = "cán bộ giáo viên nhân viên", ["CBGV-NV"] = "cán bộ giáo viên nhân viên",
        ["GVCN"] = "giáo viên chủ nhiệm", ["CMHS"] = "cha mẹ học sinh", ["PHHS"] = "phụ huynh học sinh", ["BĐD"] = "ban đại diện",
        ["CSVC"] = "cơ sở vật chất", ["TBDH"] = "thiết bị dạy học", ["ĐDDH"] = "đồ dùng dạy học", ["CNTT"] = "công nghệ thông tin",
        ["BGH"] = "ban giám hiệu", ["TTCM"] = "tổ trưởng chuyên môn", ["TCM"] = "tổ chuyên môn", ["SHCM"] = "sinh hoạt chuyên môn",
        ["HĐTN"] = "hoạt động trải nghiệm", ["HĐGD"] = "hoạt động giáo dục", ["KHGD"] = "kế hoạch giáo dục", ["TPT"] = "tổng phụ trách",
        ["KĐCLGD"] = "kiểm định chất lượng giáo dục", ["TĐG"] = "tự đánh giá", ["ĐGN"] = "đánh giá ngoài",
        ["PCGD"] = "phổ cập giáo dục", ["XMC"] = "xóa mù chữ", ["ANTT"] = "an ninh trật tự", ["GDĐT"] = "giáo dục và đào tạo",
    };

    public static string Expand(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Pattern().Replace(text, m => Meanings[m.Value]);

    [GeneratedRegex(@"(?<![\p{L}\d])(?:KQHT|KQRL|KQGD|CBGV-NV|CBGVNV|CBGV|CBQL|GVCN|CMHS|PHHS|BĐD|CSVC|TBDH|ĐDDH|CNTT|BGH|TTCM|TCM|SHCM|HĐTN|HĐGD|KHGD|TPT|KĐCLGD|TĐG|ĐGN|PCGD|XMC|ANTT|GDĐT|HS|GV|NV|CB)(?![\p{L}\d])")]
    private static partial Regex Pattern();
}
