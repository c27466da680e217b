using BenchmarkDotNet.Running;

namespace CaiTien.Bench;

public static class BenchProgram
{
    // `dotnet run -c Release --project bench/CaiTien.Bench -- load` runs the cold-start and memory load script;
    // anything else goes to BenchmarkDotNet (e.g. `-- --filter '*PlanPage*'`).
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load") return await LoadRun.RunAsync(args[1..]);
        if (args.Contains("--export-vs-soffice"))
        {
            ExportVersusSoffice.Run();
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
        return 0;
    }
}
