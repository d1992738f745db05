using System;
using System.Collections.Generic;
using System.Threading;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>The outcome of one child process: exit code, output, wall time from start to exit, CPU time (with its descendants).</summary>
public sealed record ChildResult(int ExitCode, string Output, TimeSpan Elapsed, TimeSpan Cpu)
{
    /// <summary>Throws with the output when the process failed.</summary>
    public ChildResult EnsureSuccess(string what)
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} exited with {ExitCode}:\n{Output}");
        }

        return this;
    }
}

/// <summary>Runs a program to completion (through the shared <see cref="Tools.Run"/>), timing it whole (start, load, work, exit).</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> (each passed as one argument).</summary>
    public static ChildResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string?>();
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }

        var cpuBefore = ChildCpuTime.Total();
        ToolRun run;
        try
        {
            run = Tools.Run(fileName, arguments, Timeout.InfiniteTimeSpan, workingDirectory, variables);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"cannot start '{fileName}' ({ex.Message}); is it installed and on PATH?", ex);
        }

        return new ChildResult(run.ExitCode, run.Output, run.Elapsed, ChildCpuTime.Total() - cpuBefore);
    }
}
