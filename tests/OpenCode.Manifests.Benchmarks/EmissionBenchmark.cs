using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Pipeline;
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Writing;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>In-process emission of one registry size: median wall time and the bytes one run allocates.</summary>
/// <param name="Workspaces">How many workspaces.</param>
/// <param name="Files">Files in the emitted tree.</param>
/// <param name="Runs">Measured runs (after warm-up).</param>
/// <param name="MedianMilliseconds">Median wall time of compose + validate + render + write.</param>
/// <param name="MinMilliseconds">Fastest run.</param>
/// <param name="AllocatedBytes">Median bytes allocated by one run (all threads).</param>
/// <param name="Gen0Collections">Median gen-0 collections during one run.</param>
/// <param name="Gen2Collections">Median gen-2 collections during one run.</param>
/// <param name="CpuMilliseconds">Median CPU time of the process during one run (all threads, GC included).</param>
/// <param name="GcPauseMilliseconds">Median time the runtime paused the program for garbage collection during one run.</param>
public sealed record EmissionResult(int Workspaces, int Files, int Runs, double MedianMilliseconds, double MinMilliseconds, double AllocatedBytes, double Gen0Collections, double Gen2Collections, double CpuMilliseconds, double GcPauseMilliseconds);

/// <summary>
/// Emits N workspaces in-process: <see cref="ManifestPipeline.Run"/> (compose, validate, render) and a
/// <see cref="TreeWriter"/> into a fresh temporary folder, after warm-up runs.
/// </summary>
public static class EmissionBenchmark
{
    /// <summary>Measures one size.</summary>
    public static EmissionResult Measure(int count, int warmups, int runs, string scratch)
    {
        var registry = BenchmarkRegistry.Create(count);
        var files = 0;
        for (var i = 0; i < warmups; i++)
        {
            files = RunOnce(registry, scratch, out _, out _, out _, out _, out _);
        }

        var time = new Samples();
        var allocated = new Samples();
        var gen0 = new Samples();
        var gen2 = new Samples();
        var cpu = new Samples();
        var pause = new Samples();
        for (var i = 0; i < runs; i++)
        {
            files = RunOnce(registry, scratch, out var elapsed, out var bytes, out var collections, out var processor, out var paused);
            cpu.Add(processor.TotalMilliseconds);
            pause.Add(paused.TotalMilliseconds);
            time.Add(elapsed.TotalMilliseconds);
            allocated.Add(bytes);
            gen0.Add(collections.Gen0);
            gen2.Add(collections.Gen2);
        }

        return new EmissionResult(count, files, runs, time.Median, time.Min, allocated.Median, gen0.Median, gen2.Median, cpu.Median, pause.Median);
    }

    /// <summary>The child-process entry (<c>emit-only N dir</c>): exactly what the build's emit step runs.</summary>
    public static int EmitOnly(int count, string root) =>
        Cli.ManifestsProgram.Run(new[] { "emit", "--root", root }, BenchmarkRegistry.Create(count), TextWriter.Null, Console.Error);

    private static int RunOnce(AppRegistry registry, string scratch, out TimeSpan elapsed, out long allocated, out (int Gen0, int Gen2) collections, out TimeSpan cpu, out TimeSpan gcPause)
    {
        var root = Path.Combine(scratch, "emit-" + Guid.NewGuid().ToString("N"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var stopwatch = Stopwatch.StartNew();

        var emission = ManifestPipeline.Run(registry);
        if (emission.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("the benchmark registry does not validate:\n" + string.Join("\n", emission.Diagnostics));
        }

        var result = new TreeWriter(root, emission.OwnedFolders).Write(emission.Files);

        stopwatch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        gcPause = GC.GetTotalPauseDuration() - pauseBefore;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
        elapsed = stopwatch.Elapsed;
        if (result.Written.Count != emission.Files.Count)
        {
            throw new InvalidOperationException($"wrote {result.Written.Count} of {emission.Files.Count} files into a fresh folder");
        }

        Directory.Delete(root, recursive: true);
        return emission.Files.Count;
    }
}
