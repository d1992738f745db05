using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Writing;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>
/// Where the milliseconds of a fresh emitting process go: before <c>Main</c> (host, runtime start, first assembly
/// loads), then the pipeline and the writer, each with the JIT time the runtime reports for it
/// (<see cref="JitInfo.GetCompilationTime"/>), plus methods compiled and assemblies loaded. Medians over runs.
/// </summary>
/// <param name="Workspaces">How many workspaces.</param>
/// <param name="WallMilliseconds">Process start to exit, measured by the parent.</param>
/// <param name="BeforeMainMilliseconds">Wall time less the time spent inside <c>Main</c>.</param>
/// <param name="PipelineMilliseconds">Compose, validate and render (<see cref="ManifestPipeline.Run"/>).</param>
/// <param name="PipelineJitMilliseconds">JIT time during the pipeline (all threads).</param>
/// <param name="WriteMilliseconds">The writer into an empty folder.</param>
/// <param name="WriteJitMilliseconds">JIT time during the writer.</param>
/// <param name="TotalJitMilliseconds">JIT time of the whole process up to the end of the writer.</param>
/// <param name="MethodsCompiled">Methods the JIT compiled (code from ReadyToRun images is not counted).</param>
/// <param name="AssembliesLoaded">Assemblies loaded at the end.</param>
/// <param name="Runs">Runs.</param>
public sealed record StartupResult(int Workspaces, double WallMilliseconds, double BeforeMainMilliseconds, double PipelineMilliseconds, double PipelineJitMilliseconds, double WriteMilliseconds, double WriteJitMilliseconds, double TotalJitMilliseconds, double MethodsCompiled, double AssembliesLoaded, int Runs);

/// <summary>Runs the emitting program as a fresh process in profile mode (<c>emit-profile N DIR</c>).</summary>
public static class StartupProfile
{
    /// <summary>Measures one size over <paramref name="runs"/> fresh processes.</summary>
    public static StartupResult Measure(int count, int runs, string scratch)
    {
        var samples = Enumerable.Range(0, 10).Select(_ => new Samples()).ToArray();
        for (var i = 0; i < runs; i++)
        {
            var root = Path.Combine(scratch, "startup-" + Guid.NewGuid().ToString("N"));
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
            var run = ChildProcess.Run(dotnet, new[] { typeof(StartupProfile).Assembly.Location, "emit-profile", count.ToString(CultureInfo.InvariantCulture), root }, AppContext.BaseDirectory)
                .EnsureSuccess("emit-profile " + count);
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            var line = run.Output.Split('\n').Single(l => l.StartsWith("startup-profile ", StringComparison.Ordinal));
            var values = line["startup-profile ".Length..].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            samples[0].Add(run.Elapsed.TotalMilliseconds);
            samples[1].Add(run.Elapsed.TotalMilliseconds - values[0]);
            for (var k = 1; k < values.Length; k++)
            {
                samples[k + 1].Add(values[k]);
            }
        }

        return new StartupResult(count, samples[0].Median, samples[1].Median, samples[2].Median, samples[3].Median, samples[4].Median, samples[5].Median, samples[6].Median, samples[7].Median, samples[8].Median, runs);
    }

    /// <summary>The child: emits like <c>emit-only</c>, timing its parts, and prints one <c>startup-profile</c> line.</summary>
    public static int Run(int count, string root)
    {
        var main = Stopwatch.StartNew();
        var registry = BenchmarkRegistry.Create(count);
        var jitStart = JitInfo.GetCompilationTime(currentThread: false);
        var pipelineWatch = Stopwatch.StartNew();
        var emission = ManifestPipeline.Run(registry, new HandWrittenManifestsOnDisk(root));
        pipelineWatch.Stop();
        if (emission.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            Console.Error.WriteLine(string.Join("\n", emission.Diagnostics));
            return 2;
        }

        var jitAfterPipeline = JitInfo.GetCompilationTime(currentThread: false);
        var writeWatch = Stopwatch.StartNew();
        new TreeWriter(root, emission.OwnedFolders).Write(emission.Files);
        writeWatch.Stop();
        var jitEnd = JitInfo.GetCompilationTime(currentThread: false);
        var values = new List<double>
        {
            main.Elapsed.TotalMilliseconds,
            pipelineWatch.Elapsed.TotalMilliseconds,
            (jitAfterPipeline - jitStart).TotalMilliseconds,
            writeWatch.Elapsed.TotalMilliseconds,
            (jitEnd - jitAfterPipeline).TotalMilliseconds,
            jitEnd.TotalMilliseconds,
            JitInfo.GetCompiledMethodCount(currentThread: false),
            AppDomain.CurrentDomain.GetAssemblies().Length,
        };
        Console.WriteLine("startup-profile " + string.Join(' ', values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture))));
        return 0;
    }
}
