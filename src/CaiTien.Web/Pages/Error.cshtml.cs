using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Code { get; set; }
    public string Heading => Code switch
    {
        404 => "Không tìm thấy trang",
        403 => "Không có quyền truy cập",
        400 => "Yêu cầu không hợp lệ",
        413 => "Tệp quá lớn",
        _ => "Đã có lỗi xảy ra",
    };
    public string Explanation => Code switch
    {
        404 => "Trang hoặc kế hoạch này không tồn tại, hoặc không thuộc đơn vị của bạn.",
        403 => "Tài khoản của bạn không được phép thực hiện thao tác này.",
        400 => "Biểu mẫu đã hết hạn hoặc dữ liệu gửi lên không hợp lệ. Hãy tải lại trang và thử lại.",
        413 => "Tệp tải lên vượt giới hạn dung lượng cho phép.",
        _ => "Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu đã lưu không bị ảnh hưởng; vui lòng thử lại.",
    };
}
