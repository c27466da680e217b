namespace CaiTien.Tests.Infrastructure;

/// <summary>Runs a command line with the console captured. Console output is process-wide: one command at a time,
/// so each test reads its own output and not another test's.</summary>
internal static class CliConsole
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<(int Exit, string Output, string Errors)> RunAsync(Func<Task<int>> command)
    {
        await OneAtATime.WaitAsync();
        var (output, errors) = (new StringWriter(), new StringWriter());
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            return (await command(), output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            OneAtATime.Release();
        }
    }
}
