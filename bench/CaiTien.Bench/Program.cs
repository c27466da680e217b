using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CaiTien.Bench;

// dotnet run -c Release --project bench/CaiTien.Bench -- --filter '*Export*'     BenchmarkDotNet figures
// dotnet run -c Release --project bench/CaiTien.Bench -- --export-vs-soffice    in-process PDF vs LibreOffice
if (args.Contains("--export-vs-soffice"))
{
    ExportVersusSoffice.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExportBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Path.GetTempPath(), "caitien-bench")));
