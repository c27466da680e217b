using BenchmarkDotNet.Running;

namespace CaiTien.Bench;

public static class BenchProgram
{
    // `dotnet run -c Release --project bench/CaiTien.Bench -- <mode>`:
    //   load [requests]     cold start, plan-page throughput ratio and RSS (LoadRun.cs)
    //   public [requests]   public plan page against a static file of the same size (PublicPageRun.cs)
    //   soffice [runs]      in-process PDF against LibreOffice's DOCX→PDF conversion (SofficeRun.cs)
    //   import-memory       managed memory of one import (ImportMemoryRun.cs)
    //   checker-rules [n]   median time of each checker rule on fixture 000 (CheckerRulesRun.cs)
    //   corpus [--wrong]    issue 17 variants corpus: accuracy per kind, whole-corpus and 17-row import time (CorpusRun.cs)
    //   fuzz [N] [seed]     N imports of mutated fixtures; fails when any exception escapes (FuzzRun.cs)
    //   school-import [n]   a 2,000-school list: read, preview, import, re-import against reading alone (SchoolImportRun.cs)
    //   dashboard [runs]    district (SQLite) and province (PostgreSQL) dashboards vs listing their schools (DashboardScaleRun.cs)
    //   dashboard-steps [n] the province dashboard step by step, on the province kept by CAITIEN_BENCH_KEEP=1 (DashboardStepsRun.cs)
    //   cold-start n DIR [+ENV=V] … published apps to /healthz/ready on an empty database, variants in turns (ColdStartRun.cs)
    //   proxy-load URL [connections] [seconds] [pauses ms]  plan page vs /healthz/live through nginx (bench/proxy-load.sh)
    //   plan-cpu [requests] CPU and allocation per plan-page request, current app vs Identity's stock cookie check (PlanCpuRun.cs)
    //   report [runs]       self-assessment report DOCX/PDF vs the plan letter, evidence package allocations (ReportRun.cs)
    //   editor [runs]       60-row editor in chromium until a typed character lands, vs a 1-row editor (EditorOpenRun.cs)
    // anything else goes to BenchmarkDotNet (e.g. `-- --filter '*PlanPage*' --job short`).
    public static async Task<int> Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "";
        return mode switch
        {
            "load" => await LoadRun.RunAsync(args[1..]),
            "public" => await PublicPageRun.RunAsync(args[1..]),
            "soffice" => SofficeRun.Run(args[1..]),
            "import-memory" => ImportMemoryRun.Run(),
            "checker-rules" => CheckerRulesRun.Run(args[1..]),
            "fuzz" => FuzzRun.Run(args[1..]),
            "school-import" => await SchoolImportRun.RunAsync(args[1..]),
            "dashboard" => await DashboardScaleRun.RunAsync(args[1..]),
            "cold-start" => await ColdStartRun.RunAsync(args[1..]),
            "plan-cpu" => await PlanCpuRun.RunAsync(args[1..]),
            "proxy-load" => await ProxyLoadRun.RunAsync(args[1..]),
            "dashboard-steps" => await DashboardStepsRun.RunAsync(args[1..]),
            "report" => ReportRun.Run(args[1..]),
            "corpus" => CorpusRun.Run(args[1..]),
            "editor" => await EditorOpenRun.RunAsync(args[1..]),
            _ => RunBenchmarks(args),
        };
    }

    private static int RunBenchmarks(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
        return 0;
    }
}
