using CaiTien.Data;
using CaiTien.Progress;
using CaiTien.Web.Infrastructure;

namespace CaiTien.Web.Pages.Progress;

public sealed class MyTasksModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public FindMyTasks.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Result = await FindMyTasks.RunAsync(db, Me, clock, ct);
}
