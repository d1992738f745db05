using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

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

/// <summary>Runs a program to completion, timing it whole (start, load, work, exit).</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> (each passed as one argument).</summary>
    public static ChildResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        }

        var output = new StringBuilder();
        var gate = new object();
        var cpuBefore = ChildCpuTime.Total();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (gate) { output.AppendLine(e.Data); } } };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"cannot start '{fileName}' ({ex.Message}); is it installed and on PATH?", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        stopwatch.Stop();
        lock (gate)
        {
            return new ChildResult(process.ExitCode, output.ToString(), stopwatch.Elapsed, ChildCpuTime.Total() - cpuBefore);
        }
    }
}
