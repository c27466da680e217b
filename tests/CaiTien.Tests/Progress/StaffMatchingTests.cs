using CaiTien.Progress;
using CaiTien.Schools;

namespace CaiTien.Tests.Progress;

public sealed class StaffMatchingTests
{
    private static readonly StaffMember Principal = new() { Id = 1, FullName = "Đỗ Văn Hênh", Position = "Hiệu trưởng" };
    private static readonly StaffMember Deputy = new() { Id = 2, FullName = "Nguyễn Thị Hoa", Position = "Phó Hiệu trưởng" };
    private static readonly StaffMember Pioneer = new() { Id = 3, FullName = "Trần Văn Minh", Position = "Tổng phụ trách Đội" };
    private static readonly StaffMember HeadOfGroup = new() { Id = 4, FullName = "Lê Thị Lan", Position = "Tổ trưởng chuyên môn" };
    private static readonly StaffMember[] Staff = [Principal, Deputy, Pioneer, HeadOfGroup];

    [Theory]
    [InlineData("Phó Hiệu trưởng, Tổ trưởng chuyên môn", RowRole.None, RowRole.Lead, RowRole.None, RowRole.Coordinator)]
    [InlineData("Hiệu trưởng chỉ đạo các thành viên: Phó hiệu trưởng, giáo viên, Tổng phụ trách Đội", RowRole.Lead, RowRole.Coordinator, RowRole.Coordinator, RowRole.None)]
    [InlineData("TỔNG PHỤ TRÁCH ĐỘI", RowRole.None, RowRole.None, RowRole.Lead, RowRole.None)]
    [InlineData("Tong phu trach doi va ba Le Thi Lan", RowRole.None, RowRole.None, RowRole.Lead, RowRole.Coordinator)]
    [InlineData("Hiệu trưởng và Ban Quản trị website", RowRole.Lead, RowRole.None, RowRole.None, RowRole.None)]
    [InlineData("Tổ trưởng Tổ Văn phòng", RowRole.None, RowRole.None, RowRole.None, RowRole.None)]
    public void Positions_and_names_are_matched_as_whole_words_longest_first(string lead, RowRole principal, RowRole deputy, RowRole pioneer, RowRole head)
    {
        Assert.Equal(principal, StaffMatching.RoleOf(Principal, Staff, lead, null));
        Assert.Equal(deputy, StaffMatching.RoleOf(Deputy, Staff, lead, null));
        Assert.Equal(pioneer, StaffMatching.RoleOf(Pioneer, Staff, lead, null));
        Assert.Equal(head, StaffMatching.RoleOf(HeadOfGroup, Staff, lead, null));
    }

    [Fact]
    public void Coordinators_column_makes_a_coordinator()
    {
        Assert.Equal(RowRole.Coordinator, StaffMatching.RoleOf(HeadOfGroup, Staff, "Hiệu trưởng", "Tổ trưởng chuyên môn, giáo viên"));
        Assert.Equal(RowRole.None, StaffMatching.RoleOf(Deputy, Staff, "Hiệu trưởng", "Tổ trưởng chuyên môn"));
    }
}
