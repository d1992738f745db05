using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>What the numbers were measured on.</summary>
public sealed record MachineDescription(string Cpu, int Cores, string Memory, string OperatingSystem, string DotnetSdk, string DotnetRuntime, string Node, string Cdk8s)
{
    /// <summary>Reads the machine (Linux /proc and /etc/os-release where present).</summary>
    public static MachineDescription Read(RepoLayout layout, Cdk8sBaseline cdk8s)
    {
        var cpu = ReadField("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memoryKb = ReadField("/proc/meminfo", "MemTotal", ':');
        var memory = memoryKb is null
            ? "unknown"
            : $"{long.Parse(memoryKb.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:F1} GiB";
        var os = ReadField("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        var sdk = ChildProcess.Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", new[] { "--version" }, layout.Root).Output.Trim();
        return new MachineDescription(
            cpu,
            Environment.ProcessorCount,
            memory,
            $"{os} ({RuntimeInformation.OSDescription.Split(' ').Take(2).Aggregate((a, b) => a + " " + b)}, {RuntimeInformation.OSArchitecture})",
            sdk,
            RuntimeInformation.FrameworkDescription,
            cdk8s.NodeVersion,
            cdk8s.Cdk8sVersion);
    }

    private static string? ReadField(string file, string key, char separator)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(separator) + 1)..].Trim();
    }
}
