using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace OpenCode.Manifests.TestSupport;

/// <summary>Finds, requires and runs external programs: the one process runner of the test projects.</summary>
public static class Tools
{
    private static readonly ConcurrentDictionary<string, string> Versions = new();

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in new[] { Path.Combine(dir, name), Path.Combine(dir, name + ".exe") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The program's path, or a failed test naming how to install it. xunit 2 has no dynamic skip, and a proof
    /// that silently passes without its program proves nothing, so a missing program always fails.
    /// </summary>
    public static string Require(string name, string install)
    {
        var path = Find(name);
        if (path is null)
        {
            Assert.Fail(InCi
                ? $"{name} is not installed on this CI machine; .ci/run must install it ({install})."
                : $"{name} is not installed; install it with: {install} (or run .ci/run, which does).");
        }

        return path!;
    }

    /// <summary>A program's version line, asked once per run and cached (printed in each test's output).</summary>
    public static string Version(string program, params string[] args) =>
        Versions.GetOrAdd(program + " " + string.Join(' ', args), _ =>
        {
            var run = Run(program, args, TimeSpan.FromSeconds(30));
            var line = run.Both.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(no output)";
            return $"{Path.GetFileName(program)}: {line}";
        });

    /// <summary>
    /// Runs a program; kills it (and its children) after <paramref name="timeout"/>
    /// (<see cref="System.Threading.Timeout.InfiniteTimeSpan"/>: never). An <paramref name="environment"/> entry
    /// whose value is null removes that variable from the child's environment.
    /// </summary>
    public static ToolRun Run(string program, IEnumerable<string> args, TimeSpan timeout,
        string? workingDirectory = null, IDictionary<string, string?>? environment = null, bool clearEnvironment = false,
        string? stdin = null)
    {
        using var running = Start(program, args, workingDirectory, environment, clearEnvironment, redirectInput: stdin is not null);
        if (stdin is not null)
        {
            running.CloseInput(stdin);
        }

        return running.WaitForExit(timeout);
    }

    /// <summary>Starts a program and returns at once; its output is collected as it prints (see <see cref="RunningProgram"/>).</summary>
    public static RunningProgram Start(string program, IEnumerable<string> args,
        string? workingDirectory = null, IDictionary<string, string?>? environment = null, bool clearEnvironment = false,
        bool redirectInput = false) =>
        new(StartInfo(program, args, workingDirectory, environment, clearEnvironment, redirectInput));

    /// <summary>
    /// Runs a program that reads and writes bytes (git cat-file, a CGI program): <paramref name="stdin"/> is written
    /// and closed, standard output is returned exactly as written.
    /// </summary>
    public static ByteRun RunBytes(string program, IEnumerable<string> args, TimeSpan timeout, byte[]? stdin = null,
        string? workingDirectory = null, IDictionary<string, string?>? environment = null)
    {
        var start = StartInfo(program, args, workingDirectory, environment, clearEnvironment: false, redirectInput: true);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(output);
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout == System.Threading.Timeout.InfiniteTimeSpan ? -1 : (int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish in {timeout}");
        }

        process.WaitForExit();
        stdout.GetAwaiter().GetResult();
        return new ByteRun(process.ExitCode, output.ToArray(), stderr.GetAwaiter().GetResult());
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> args, string? workingDirectory,
        IDictionary<string, string?>? environment, bool clearEnvironment, bool redirectInput)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (clearEnvironment)
        {
            start.Environment.Clear();
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        return start;
    }
}
