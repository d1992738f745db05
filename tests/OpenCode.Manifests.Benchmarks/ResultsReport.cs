using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>Everything one benchmark run measured.</summary>
public sealed record BenchmarkResults(
    MachineDescription Machine,
    DateTime StartedUtc,
    TimeSpan Duration,
    IReadOnlyList<EmissionResult> Emission,
    IReadOnlyList<StageProfileResult> Stages,
    IReadOnlyList<WholeProcessResult> WholeProcess,
    IReadOnlyList<StartupResult> Startup,
    GeneratorResult Generator,
    BuildOverheadResult? Build,
    string LoadAtStart,
    string LoadAtEnd);

/// <summary>The markdown the benchmark prints and writes to RESULTS.md.</summary>
public static class ResultsReport
{
    /// <summary>Growth of in-process emission time from 100 to 1000 workspaces must be between these.</summary>
    public const double GrowthLow = 8, GrowthHigh = 12;

    /// <summary>Ours ÷ cdk8s at 1000 workspaces must be at most this.</summary>
    public const double Cdk8sRatioTarget = 0.25;

    /// <summary>Ours ÷ cdk8s at 1 workspace must be at most this.</summary>
    public const double Cdk8sRatioTargetAtOne = 1.0;

    /// <summary>No-op build with the emit target ÷ without must be at most this.</summary>
    public const double BuildRatioTarget = 1.05;

    /// <summary>The tree writer ÷ the floor (the same files written plainly, measured in the same run) must be at most this.</summary>
    public const double FloorRatioTarget = 2.0;

    /// <summary>Renders the results (LF line ends).</summary>
    public static string Render(BenchmarkResults r)
    {
        var md = new StringBuilder();
        var m = r.Machine;
        md.Append("# OpenCode.Manifests benchmark results\n\n");
        md.Append("Written by `dotnet run -c Release --project tests/OpenCode.Manifests.Benchmarks` (issue 7). ");
        md.Append($"Run started {r.StartedUtc:yyyy-MM-dd HH:mm} UTC and took {r.Duration.TotalSeconds:F0} s.\n\n");
        md.Append("## Machine\n\n| | |\n| --- | --- |\n");
        md.Append($"| CPU | {m.Cpu} |\n| Cores | {m.Cores} |\n| Memory | {m.Memory} |\n| OS | {m.OperatingSystem} |\n");
        md.Append($"| .NET SDK | {m.DotnetSdk} |\n| .NET runtime | {m.DotnetRuntime} |\n| Node.js | {m.Node} |\n| cdk8s | {m.Cdk8s} |\n| Load average (1 min) at start / end | {r.LoadAtStart} / {r.LoadAtEnd} |\n\n");
        md.Append("Wall times depend on what else the machine runs (see the load average); CPU times (user + system, the process and its children) much less, so both are given.\n\n");

        md.Append("## Targets\n\n| Target | Measured | Met |\n| --- | --- | --- |\n");
        foreach (var (target, measured, met) in Targets(r))
        {
            md.Append($"| {target} | {measured} | {(met ? "yes" : "**no**")} |\n");
        }

        md.Append("\n## 1. Emission in-process (compose, validate, render, write)\n\n");
        md.Append("`ManifestPipeline.Run` over N distinct workspaces plus `TreeWriter.Write` into an empty temporary folder; median of the measured runs after warm-up; allocated bytes counted over all threads.\n\n");
        md.Append("| Workspaces | Files | Runs | Median | Fastest | CPU (median) | GC pauses | Allocated | Allocated per workspace | Gen-0 GCs | Gen-2 GCs |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var e in r.Emission)
        {
            md.Append($"| {e.Workspaces} | {e.Files} | {e.Runs} | {Ms(e.MedianMilliseconds)} | {Ms(e.MinMilliseconds)} | {Ms(e.CpuMilliseconds)} | {Ms(e.GcPauseMilliseconds)} | {Bytes(e.AllocatedBytes)} | {Bytes(e.AllocatedBytes / e.Workspaces)} | {e.Gen0Collections:F0} | {e.Gen2Collections:F0} |\n");
        }

        md.Append($"\nGrowth: time(1000) ÷ time(100) = **{Growth(r):F2}** (target {GrowthLow}–{GrowthHigh}); CPU time {CpuGrowth(r):F2}; allocated bytes {AllocationGrowth(r):F2}; GC pauses {Ratio(r, e => e.GcPauseMilliseconds):F2}; time less GC pauses {Ratio(r, e => e.MedianMilliseconds - e.GcPauseMilliseconds):F2}.\n\n");
        md.Append("### Stage breakdown\n\nThe stages of `ManifestPipeline.Run` run one by one (checked byte for byte against it), a stopwatch and the process's allocation counter around each; medians. `nodes` is each object's YAML node tree, shared by the rules and the renderer; `write` runs on all cores.\n\n");
        md.Append("| Stage |" + string.Concat(r.Stages.Select(s => $" {s.Workspaces}: time | {s.Workspaces}: allocated | {s.Workspaces}: gen-0 GCs |")) + "\n");
        md.Append("| --- |" + string.Concat(r.Stages.Select(_ => " ---: | ---: | ---: |")) + "\n");
        foreach (var stage in r.Stages.First().Stages.Select(s => s.Stage))
        {
            md.Append($"| {stage} |");
            foreach (var profile in r.Stages)
            {
                var cost = profile.Stages.Single(s => s.Stage == stage);
                md.Append($" {Ms(cost.MedianMilliseconds)} | {Bytes(cost.AllocatedBytes)} | {cost.Gen0Collections:F0} |");
            }

            md.Append('\n');
        }

        md.Append("| write: floor (same files, plain writes) |" + string.Concat(r.Stages.Select(p => $" {Ms(p.Write.FloorMilliseconds)} | – | – |")) + "\n");
        md.Append("| write ÷ floor |" + string.Concat(r.Stages.Select(p => $" **{p.Write.FloorRatio:F2}** | – | – |")) + "\n");
        md.Append("\nThe floor is the same files written into a fresh folder with `File.OpenHandle(CreateNew)` + `RandomAccess.Write` (no staging, rename or compare), each folder created once; the ratio is over the medians in the write-cost table below.\n");

        md.Append("\nValidate per rule and render in its parts (model → YAML nodes → text → UTF-8), same runs:\n\n");
        md.Append("| Part |" + string.Concat(r.Stages.Select(s => $" {s.Workspaces}: time | {s.Workspaces}: allocated |")) + "\n");
        md.Append("| --- |" + string.Concat(r.Stages.Select(_ => " ---: | ---: |")) + "\n");
        foreach (var part in r.Stages.First().Details.Select(s => s.Stage))
        {
            md.Append($"| {part} |");
            foreach (var profile in r.Stages)
            {
                var cost = profile.Details.Single(s => s.Stage == part);
                md.Append($" {Ms(cost.MedianMilliseconds)} | {Bytes(cost.AllocatedBytes)} |");
            }

            md.Append('\n');
        }

        md.Append("\nThe write stage (`TreeWriter` into a fresh folder: list, compare, stage, rename; no flush to disk) against the same bytes staged and renamed through a `FileStream` without the compare, a plain `File.WriteAllBytes`, and the floor (`File.OpenHandle` + `RandomAccess.Write`, nothing else). TreeWriter and floor are medians over the stage runs plus runs where each TreeWriter run sits next to a floor run (alternating which goes first); the other two over the stage runs:\n\n| Workspaces | TreeWriter | Staged, no flush | Plain write | Floor | TreeWriter ÷ floor | Runs (TreeWriter, floor) |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var profile in r.Stages)
        {
            md.Append($"| {profile.Workspaces} | {Ms(profile.Write.TreeWriterMilliseconds)} | {Ms(profile.Write.StagedWithoutFlushMilliseconds)} | {Ms(profile.Write.PlainWriteMilliseconds)} | {Ms(profile.Write.FloorMilliseconds)} | {profile.Write.FloorRatio:F2} | {profile.Write.PairedRuns} |\n");
        }

        md.Append("\n## 2. Whole process against cdk8s\n\n");
        md.Append("Ours: `dotnet OpenCode.Manifests.Benchmarks.dll emit-only N <dir>`, which runs the same `ManifestsProgram` command line the build's emit step runs. ");
        md.Append("cdk8s: `node cdk8s/synth.js N <dir>`, plain `ApiObject`s, one `App` per folder and one `Chart` per file, so `app.synth()` writes the same tree. ");
        md.Append("Before timing, the two trees for 2 workspaces are checked to hold the same data (cdk8s writes no comments, so the header lines are the only difference). ");
        md.Append("Each process starts fresh and writes into an empty folder; the two alternate; median after one warm-up each.\n\n");
        md.Append("| Workspaces | Runs | Ours | cdk8s | Ours ÷ cdk8s | Ours, CPU | cdk8s, CPU | Ours ÷ cdk8s, CPU |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var w in r.WholeProcess)
        {
            md.Append($"| {w.Workspaces} | {w.Runs} | {Ms(w.OursMilliseconds)} | {Ms(w.Cdk8sMilliseconds)} | {w.Ratio:F3} | {Ms(w.OursCpuMilliseconds)} | {Ms(w.Cdk8sCpuMilliseconds)} | {w.CpuRatio:F3} |\n");
        }

        if (r.WholeProcess.Count > 0 && r.Emission.Count > 0)
        {
            var one = r.WholeProcess.First();
            md.Append($"\nFixed cost of our process (runtime start, assembly loading, JIT), read off the {one.Workspaces}-workspace run: {Ms(one.OursMilliseconds)}; ");
            var big = r.WholeProcess.Last();
            var inProcess = r.Emission.Single(e => e.Workspaces == big.Workspaces);
            md.Append($"at {big.Workspaces} workspaces the process takes {Ms(big.OursMilliseconds)} against {Ms(inProcess.MedianMilliseconds)} warm in-process.\n");
        }

        var cdk8sAtLargest = r.WholeProcess.LastOrDefault();
        var floorAtLargest = r.Stages.SingleOrDefault(p => cdk8sAtLargest is not null && p.Workspaces == cdk8sAtLargest.Workspaces);
        if (cdk8sAtLargest is not null && floorAtLargest is not null)
        {
            md.Append($"\nWhat the file system allows: at {cdk8sAtLargest.Workspaces} workspaces the write floor alone (section 1, plain writes of the same files in-process, this run) takes {Ms(floorAtLargest.Write.FloorMilliseconds)}, ");
            md.Append($"{floorAtLargest.Write.FloorMilliseconds / cdk8sAtLargest.Cdk8sMilliseconds:F3} of cdk8s's whole process; a ratio below that needs writes faster than the floor.\n");
        }

        if (r.Startup.Count > 0)
        {
            md.Append("\n### Start-up profile\n\n");
            md.Append("The same emission as a fresh process in profile mode (`emit-profile N <dir>`): wall time measured by the parent; before `Main` = wall less the time inside `Main` (host, runtime start, loading the first assemblies, process exit); the pipeline (compose, validate, render) and the writer each with the JIT time the runtime reports during it (`JitInfo.GetCompilationTime`, all threads); methods the JIT compiled (not counting code taken from ReadyToRun images) and assemblies loaded at the end; medians.\n\n");
            md.Append("| Workspaces | Runs | Wall | Before Main | Pipeline | JIT in pipeline | Writer | JIT in writer | JIT, whole process | Methods compiled | Assemblies loaded |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            foreach (var s in r.Startup)
            {
                md.Append($"| {s.Workspaces} | {s.Runs} | {Ms(s.WallMilliseconds)} | {Ms(s.BeforeMainMilliseconds)} | {Ms(s.PipelineMilliseconds)} | {Ms(s.PipelineJitMilliseconds)} | {Ms(s.WriteMilliseconds)} | {Ms(s.WriteJitMilliseconds)} | {Ms(s.TotalJitMilliseconds)} | {s.MethodsCompiled:F0} | {s.AssembliesLoaded:F0} |\n");
            }
        }

        var g = r.Generator;
        md.Append("\n## 3. Values-schema generator (app-template model)\n\n");
        md.Append("`ValuesSchemaGenerator` through `CSharpGeneratorDriver` on `src/OpenCode.Manifests/AppTemplate/app-template-4.values.schema.json` with the library's metadata (Namespace `OpenCode.Manifests.AppTemplate`, RootType `AppTemplateValues`, ChartName `app-template`).\n\n");
        md.Append("| Cold (first run in a process) | Full generation, warm | Rerun after an unrelated edit | Generated source |\n| ---: | ---: | ---: | ---: |\n");
        md.Append($"| {Ms(g.ColdMilliseconds)} | {Ms(g.WarmFullMilliseconds)} | {Ms(g.RerunMilliseconds, 3)} | {g.GeneratedCharacters / 1024.0:F0} KiB |\n\n");
        md.Append($"Step outputs in the rerun (every step cached: **{(g.AllCached ? "yes" : "no")}**):\n\n| Step | Output reasons |\n| --- | --- |\n");
        foreach (var (step, reasons) in g.RerunReasons)
        {
            md.Append($"| {step} | {reasons} |\n");
        }

        md.Append("\n## 4. Build overhead of the emit target\n\n");
        if (r.Build is { } b)
        {
            md.Append("Warm no-op `dotnet build workspaces/OpenCode.Workspaces.csproj -nodeReuse:false` in a temporary copy of the repository, with the emit target against `-p:OpenCodeManifestsEmit=false` (the copy's project pins `OpenCodeManifestsEntryPoint` to true so both modes compile the same program; otherwise every switch would recompile it); runs interleaved, each checked to be a no-op (program not rewritten, nothing emitted).\n\n");
            md.Append("| Runs each | With emit target | Without | Ratio | With, CPU | Without, CPU | Ratio, CPU |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            md.Append($"| {b.Runs} | {Ms(b.WithEmitMilliseconds)} | {Ms(b.WithoutEmitMilliseconds)} | {b.Ratio:F3} | {Ms(b.WithEmitCpuMilliseconds)} | {Ms(b.WithoutEmitCpuMilliseconds)} | {b.CpuRatio:F3} |\n\n");
            md.Append($"Preparing the copy and its first builds took {b.PrepareSeconds:F0} s (not part of the measurement).\n");
        }
        else
        {
            md.Append("Not measured in this run (`--skip-build`).\n");
        }

        return md.ToString();
    }

    private static double CpuGrowth(BenchmarkResults r) => Ratio(r, e => e.CpuMilliseconds);

    private static double AllocationGrowth(BenchmarkResults r) => Ratio(r, e => e.AllocatedBytes);

    private static double Ratio(BenchmarkResults r, Func<EmissionResult, double> value)
    {
        var hundred = r.Emission.SingleOrDefault(e => e.Workspaces == 100);
        var thousand = r.Emission.SingleOrDefault(e => e.Workspaces == 1000);
        return hundred is null || thousand is null ? double.NaN : value(thousand) / value(hundred);
    }

    private static double Growth(BenchmarkResults r)
    {
        var hundred = r.Emission.SingleOrDefault(e => e.Workspaces == 100);
        var thousand = r.Emission.SingleOrDefault(e => e.Workspaces == 1000);
        return hundred is null || thousand is null ? double.NaN : thousand.MedianMilliseconds / hundred.MedianMilliseconds;
    }

    private static IEnumerable<(string Target, string Measured, bool Met)> Targets(BenchmarkResults r)
    {
        var growth = Growth(r);
        yield return ($"Emission growth time(1000) ÷ time(100) between {GrowthLow} and {GrowthHigh}", growth.ToString("F2", CultureInfo.InvariantCulture), growth is >= GrowthLow and <= GrowthHigh);
        if (r.WholeProcess.SingleOrDefault(w => w.Workspaces == 1000) is { } w)
        {
            yield return ($"Whole process, ours ÷ cdk8s at 1000 ≤ {Cdk8sRatioTarget}", w.Ratio.ToString("F3", CultureInfo.InvariantCulture), w.Ratio <= Cdk8sRatioTarget);
        }

        if (r.WholeProcess.SingleOrDefault(w => w.Workspaces == 1) is { } one)
        {
            yield return ($"Whole process, ours ÷ cdk8s at 1 ≤ {Cdk8sRatioTargetAtOne:F1}", one.Ratio.ToString("F3", CultureInfo.InvariantCulture), one.Ratio <= Cdk8sRatioTargetAtOne);
        }

        foreach (var profile in r.Stages)
        {
            var ratio = profile.Write.FloorRatio;
            yield return ($"Writer ≤ {FloorRatioTarget:F0}× floor at {profile.Workspaces}: TreeWriter ÷ plain writes of the same files, same run", ratio.ToString("F2", CultureInfo.InvariantCulture), ratio <= FloorRatioTarget);
        }

        yield return ("Generator rerun after an unrelated edit: every step cached", r.Generator.AllCached ? "all cached" : "some step re-ran", r.Generator.AllCached);
        if (r.Build is { } b)
        {
            yield return ($"No-op build with ÷ without the emit target ≤ {BuildRatioTarget}", b.Ratio.ToString("F3", CultureInfo.InvariantCulture), b.Ratio <= BuildRatioTarget);
        }

        yield return ("Whole benchmark under 5 minutes", $"{r.Duration.TotalSeconds:F0} s", r.Duration.TotalMinutes < 5);
    }

    private static string Ms(double milliseconds, int smallDecimals = 2) =>
        milliseconds >= 1000 ? (milliseconds / 1000).ToString("F2", CultureInfo.InvariantCulture) + " s"
        : milliseconds >= 10 ? milliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms"
        : milliseconds.ToString("F" + smallDecimals, CultureInfo.InvariantCulture) + " ms";

    private static string Bytes(double bytes) =>
        bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).ToString("F1", CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024).ToString("F0", CultureInfo.InvariantCulture) + " KiB";
}
