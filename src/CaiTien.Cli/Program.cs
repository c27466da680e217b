using System.CommandLine;

namespace CaiTien.Cli;

public static class CliProgram
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("CaiTien — kế hoạch cải tiến chất lượng giáo dục (dòng lệnh)");
        root.Subcommands.Add(PlanCommands.Build());
        root.Subcommands.Add(AdminCommands.Build());
        root.Subcommands.Add(DocumentCommands.Render());
        root.Subcommands.Add(DocumentCommands.Import());
        root.Subcommands.Add(DocumentCommands.Check());
        root.Subcommands.Add(InstallationCommands.Backup());
        root.Subcommands.Add(InstallationCommands.Restore());
        root.Subcommands.Add(InstallationCommands.MigrateData());
        return root;
    }

    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();
}
