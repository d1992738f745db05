using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>The result of one <c>dotnet</c> command: exit code, everything it printed, how long it took.</summary>
public sealed record DotnetResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The lines MSBuild prints for errors (<c>file(line,col): error ID: …</c>), without duplicates.</summary>
    public IReadOnlyList<string> ErrorLines => Output.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Contains(": error ", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

/// <summary>Runs the .NET SDK's <c>dotnet</c> as a child process, isolated from the test host's MSBuild settings.</summary>
internal static class Dotnet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static DotnetResult Run(string workingDirectory, params string[] args)
    {
        // The test host itself runs under `dotnet test`: its MSBuild/VSTest variables must not reach the child build.
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k =>
                     k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in {Timeout}:\n{output}");
        }

        process.WaitForExit();
        return new DotnetResult(process.ExitCode, output.ToString(), watch.Elapsed);
    }

    private static string Executable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
