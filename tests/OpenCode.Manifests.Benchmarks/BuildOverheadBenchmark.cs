using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>Warm no-op builds of the workspaces project with and without the emit target.</summary>
/// <param name="WithEmitMilliseconds">Median no-op <c>dotnet build</c> with the emit target.</param>
/// <param name="WithoutEmitMilliseconds">Median no-op <c>dotnet build</c> with it disabled.</param>
/// <param name="Runs">Measured runs of each, interleaved.</param>
/// <param name="PrepareSeconds">Time of the copy and the first (cold) builds.</param>
/// <param name="WithEmitCpuMilliseconds">Median CPU time of the build with the emit target (all its processes).</param>
/// <param name="WithoutEmitCpuMilliseconds">Median CPU time without.</param>
public sealed record BuildOverheadResult(double WithEmitMilliseconds, double WithoutEmitMilliseconds, int Runs, double PrepareSeconds, double WithEmitCpuMilliseconds, double WithoutEmitCpuMilliseconds)
{
    /// <summary>With ÷ without, CPU time.</summary>
    public double CpuRatio => WithEmitCpuMilliseconds / WithoutEmitCpuMilliseconds;

    /// <summary>With ÷ without.</summary>
    public double Ratio => WithEmitMilliseconds / WithoutEmitMilliseconds;
}

/// <summary>
/// Copies the sources the workspaces project needs into a temporary folder (so no other build of the real repository
/// interferes), builds it once each way, then times interleaved no-op builds: plain <c>dotnet build</c> against
/// <c>dotnet build -p:OpenCodeManifestsEmit=false</c>. In the copy the workspaces project pins
/// <c>OpenCodeManifestsEntryPoint</c> to true (its default while emitting): the entry point is a compiler-visible
/// property that otherwise follows the emit switch, so alternating would recompile the program every time and measure
/// a compile instead of the emit target. (Passing it with -p would not do: a global property reaches the library too
/// and recompiles it.) Every timed build is checked to be a no-op: the program keeps its timestamp and nothing is emitted.
/// </summary>
public static class BuildOverheadBenchmark
{
    private static readonly string[] CopiedFolders = { "src", "generators", "workspaces" };

    /// <summary>Measures <paramref name="runs"/> interleaved pairs.</summary>
    public static BuildOverheadResult Measure(RepoLayout layout, int runs, string scratch)
    {
        var started = DateTime.UtcNow;
        var copy = Path.Combine(scratch, "repo");
        foreach (var folder in CopiedFolders)
        {
            CopyFolder(Path.Combine(layout.Root, folder), Path.Combine(copy, folder));
        }

        foreach (var file in Directory.EnumerateFiles(layout.Root, "Directory.*.props").Append(Path.Combine(layout.Root, "nuget.config")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        Directory.CreateDirectory(Path.Combine(copy, "artifacts", "feed"));
        var project = Path.Combine(copy, "workspaces", "OpenCode.Workspaces.csproj");
        var projectXml = File.ReadAllText(project);
        const string outputType = "<OutputType>Exe</OutputType>";
        if (!projectXml.Contains(outputType, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("workspaces/OpenCode.Workspaces.csproj has no " + outputType + "; update BuildOverheadBenchmark");
        }

        File.WriteAllText(project, projectXml.Replace(outputType, outputType + "\n    <OpenCodeManifestsEntryPoint>true</OpenCodeManifestsEntryPoint>", StringComparison.Ordinal));
        var program = Path.Combine(copy, "workspaces", "bin", "Debug", "net10.0", "OpenCode.Workspaces.dll");
        Build(project, copy, emit: true).EnsureSuccess("the first build of the copied workspaces project");
        Build(project, copy, emit: false).EnsureSuccess("the first build with the emit target disabled");
        Build(project, copy, emit: true).EnsureSuccess("the second build with the emit target");
        var prepare = (DateTime.UtcNow - started).TotalSeconds;
        var stamp = File.GetLastWriteTimeUtc(program);

        var with = new Samples();
        var without = new Samples();
        var withCpu = new Samples();
        var withoutCpu = new Samples();
        for (var i = 0; i < runs; i++)
        {
            // Alternate which mode goes first, so a drift in machine load does not favour one.
            foreach (var emit in i % 2 == 0 ? new[] { true, false } : new[] { false, true })
            {
                var result = Build(project, copy, emit).EnsureSuccess("a no-op build");
                if (File.GetLastWriteTimeUtc(program) != stamp || result.Output.Contains("OpenCode.Manifests: ", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("a timed build was not a no-op (the program was rebuilt or the tree emitted):\n" + result.Output);
                }

                (emit ? with : without).Add(result.Elapsed.TotalMilliseconds);
                (emit ? withCpu : withoutCpu).Add(result.Cpu.TotalMilliseconds);
            }
        }

        return new BuildOverheadResult(with.Median, without.Median, runs, prepare, withCpu.Median, withoutCpu.Median);
    }

    private static ChildResult Build(string project, string workingDirectory, bool emit)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        // No node reuse: every build starts and ends its own MSBuild processes, so none outlives the benchmark.
        var arguments = new List<string> { "build", project, "-nodeReuse:false", "-v:m", "-nologo" };
        if (!emit)
        {
            arguments.Add("-p:OpenCodeManifestsEmit=false");
        }

        return ChildProcess.Run(dotnet, arguments, workingDirectory, new Dictionary<string, string>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        });
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(folder);
            if (name is "bin" or "obj" or "node_modules")
            {
                continue;
            }

            CopyFolder(folder, Path.Combine(target, name));
        }
    }
}
