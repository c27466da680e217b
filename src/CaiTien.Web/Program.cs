using CaiTien.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var app = await CaiTienApp.BuildAsync(args);
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "CaiTien stopped on an unhandled error");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
