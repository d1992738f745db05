using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>One size, both tools as whole processes: median wall time from start to exit.</summary>
/// <param name="Workspaces">How many workspaces.</param>
/// <param name="OursMilliseconds">Median of <c>dotnet Benchmarks.dll emit-only N</c> (the build's emit command line).</param>
/// <param name="Cdk8sMilliseconds">Median of <c>node synth.js N</c>.</param>
/// <param name="Runs">Measured runs of each (interleaved).</param>
/// <param name="OursCpuMilliseconds">Median CPU time (user + system) of ours.</param>
/// <param name="Cdk8sCpuMilliseconds">Median CPU time of cdk8s.</param>
public sealed record WholeProcessResult(int Workspaces, double OursMilliseconds, double Cdk8sMilliseconds, int Runs, double OursCpuMilliseconds, double Cdk8sCpuMilliseconds)
{
    /// <summary>Ours ÷ cdk8s, wall time.</summary>
    public double Ratio => OursMilliseconds / Cdk8sMilliseconds;

    /// <summary>Ours ÷ cdk8s, CPU time.</summary>
    public double CpuRatio => OursCpuMilliseconds / Cdk8sCpuMilliseconds;
}

/// <summary>
/// Our emission and the cdk8s script timed the same way, each as a fresh process writing the tree into an empty
/// folder. Before timing, both trees for two workspaces are checked to hold the same data.
/// </summary>
public static class WholeProcessBenchmark
{
    /// <summary>Checks equivalence; throws with the differences when the trees differ.</summary>
    public static void VerifyEquivalent(Cdk8sBaseline cdk8s, string scratch)
    {
        var ours = Path.Combine(scratch, "equivalence-ours");
        var theirs = Path.Combine(scratch, "equivalence-cdk8s");
        RunOurs(2, ours);
        cdk8s.Synthesize(2, theirs);
        var differences = TreeEquivalence.Compare(ours, theirs);
        if (differences.Count > 0)
        {
            throw new InvalidOperationException("cdk8s/synth.js no longer synthesises the tree OpenCode.Manifests emits, so timing them side by side would be unfair:\n" + string.Join("\n", differences));
        }

        Directory.Delete(ours, recursive: true);
        Directory.Delete(theirs, recursive: true);
    }

    /// <summary>Warms both tools (disk caches, the runtime's and node's files) once.</summary>
    public static void WarmUp(Cdk8sBaseline cdk8s, string scratch)
    {
        RunOurs(2, Fresh(scratch));
        var folder = Fresh(scratch);
        cdk8s.Synthesize(2, folder);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Measures one size.</summary>
    public static WholeProcessResult Measure(int count, int runs, Cdk8sBaseline cdk8s, string scratch)
    {
        var ours = new Samples();
        var theirs = new Samples();
        var oursCpu = new Samples();
        var theirsCpu = new Samples();
        for (var i = 0; i < runs; i++)
        {
            var oursRun = RunOurs(count, Fresh(scratch));
            var theirsFolder = Fresh(scratch);
            var theirsRun = cdk8s.Synthesize(count, theirsFolder);
            Directory.Delete(theirsFolder, recursive: true);
            ours.Add(oursRun.Elapsed.TotalMilliseconds);
            theirs.Add(theirsRun.Elapsed.TotalMilliseconds);
            oursCpu.Add(oursRun.Cpu.TotalMilliseconds);
            theirsCpu.Add(theirsRun.Cpu.TotalMilliseconds);
        }

        return new WholeProcessResult(count, ours.Median, theirs.Median, runs, oursCpu.Median, theirsCpu.Median);
    }

    private static ChildResult RunOurs(int count, string root)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var arguments = new List<string> { typeof(WholeProcessBenchmark).Assembly.Location, "emit-only", count.ToString(CultureInfo.InvariantCulture), root };
        var result = ChildProcess.Run(dotnet, arguments, AppContext.BaseDirectory).EnsureSuccess("emit-only " + count);
        if (Directory.Exists(root) && root.Contains("run-", StringComparison.Ordinal))
        {
            Directory.Delete(root, recursive: true);
        }

        return result;
    }

    private static string Fresh(string scratch) => Path.Combine(scratch, "run-" + Guid.NewGuid().ToString("N"));
}
