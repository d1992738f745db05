using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Pipeline;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Validation;
using OpenCode.Manifests.Writing;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>One stage of the pipeline in one profile: median time, bytes allocated and gen-0 collections.</summary>
public sealed record StageCost(string Stage, double MedianMilliseconds, double AllocatedBytes, double Gen0Collections);

/// <summary>The stage breakdown of emitting N workspaces, with the validate and render stages split further.</summary>
public sealed record StageProfileResult(int Workspaces, IReadOnlyList<StageCost> Stages, IReadOnlyList<StageCost> Details, WriteCost Write);

/// <summary>
/// Where the writer's time goes: the same bytes written into a fresh folder with <see cref="TreeWriter"/> (list,
/// compare, stage, rename; no flush to disk), staged and renamed through a <see cref="FileStream"/> without the
/// compare, plainly with <see cref="File.WriteAllBytes(string, byte[])"/>, and the floor: each file written once
/// with <see cref="File.OpenHandle"/> and <see cref="RandomAccess.Write(Microsoft.Win32.SafeHandles.SafeFileHandle, ReadOnlySpan{byte}, long)"/>
/// (no staging, no rename, no compare), each folder created once.
/// </summary>
/// <param name="TreeWriterMilliseconds">Median of the write stage's runs and of the runs paired with the floor.</param>
/// <param name="FloorMilliseconds">Median of the floor runs, each run right before or after a TreeWriter run.</param>
/// <param name="PairedRuns">How many TreeWriter and floor samples the two medians are over.</param>
public sealed record WriteCost(double TreeWriterMilliseconds, double StagedWithoutFlushMilliseconds, double PlainWriteMilliseconds, double FloorMilliseconds, int PairedRuns)
{
    /// <summary>TreeWriter ÷ floor.</summary>
    public double FloorRatio => TreeWriterMilliseconds / FloorMilliseconds;
}

/// <summary>
/// Runs the stages of <see cref="ManifestPipeline.Run"/> one by one (compose, validate, lay out the tree, render,
/// write) with a stopwatch and the process's allocation counter around each. The staged result is checked against
/// <see cref="ManifestPipeline.Run"/>'s, byte for byte, so the breakdown measures the real pipeline.
/// </summary>
public static class StageProfile
{
    private static readonly string[] StageNames = { "compose", "nodes", "validate", "tree", "render", "write" };

    /// <summary>
    /// Profiles one size over <paramref name="runs"/> runs (after one warm-up); the writer is then timed
    /// <paramref name="pairedRuns"/> more times on the same files, each run next to a floor run (alternating which goes first).
    /// </summary>
    public static StageProfileResult Measure(int count, int runs, int pairedRuns, string scratch)
    {
        var registry = BenchmarkRegistry.Create(count);
        Verify(registry);
        RunOnce(registry, scratch);
        var time = StageNames.ToDictionary(s => s, _ => new Samples());
        var bytes = StageNames.ToDictionary(s => s, _ => new Samples());
        var gen0 = StageNames.ToDictionary(s => s, _ => new Samples());
        var details = new Dictionary<string, (Samples Time, Samples Bytes, Samples Gen0)>();
        var treeWriter = new Samples();
        var unflushed = new Samples();
        var plain = new Samples();
        var floor = new Samples();
        IReadOnlyList<TreeFile> lastFiles = Array.Empty<TreeFile>();
        for (var i = 0; i < runs; i++)
        {
            var (stages, files) = RunOnce(registry, scratch);
            foreach (var (name, ms, allocated, collections) in stages)
            {
                time[name].Add(ms);
                bytes[name].Add(allocated);
                gen0[name].Add(collections);
            }

            foreach (var (name, ms, allocated, collections) in Details(registry))
            {
                if (!details.TryGetValue(name, out var samples))
                {
                    details[name] = samples = (new Samples(), new Samples(), new Samples());
                }

                samples.Time.Add(ms);
                samples.Bytes.Add(allocated);
                samples.Gen0.Add(collections);
            }

            treeWriter.Add(stages.Single(s => s.Name == "write").Milliseconds);
            floor.Add(FloorWrite(files, scratch));
            unflushed.Add(StagedWrite(files, scratch));
            plain.Add(PlainWrite(files, scratch));
            lastFiles = files;
        }

        var appsPath = registry.CreateConventions().AppsPath;
        for (var i = 0; i < pairedRuns; i++)
        {
            if (i % 2 == 0)
            {
                floor.Add(FloorWrite(lastFiles, scratch));
                treeWriter.Add(TreeWrite(lastFiles, appsPath, scratch));
            }
            else
            {
                treeWriter.Add(TreeWrite(lastFiles, appsPath, scratch));
                floor.Add(FloorWrite(lastFiles, scratch));
            }
        }

        return new StageProfileResult(
            count,
            StageNames.Select(s => new StageCost(s, time[s].Median, bytes[s].Median, gen0[s].Median)).ToList(),
            details.Select(d => new StageCost(d.Key, d.Value.Time.Median, d.Value.Bytes.Median, d.Value.Gen0.Median)).ToList(),
            new WriteCost(treeWriter.Median, unflushed.Median, plain.Median, floor.Median, runs + pairedRuns));
    }

    private static (List<(string Name, double Milliseconds, long Allocated, int Gen0)> Stages, IReadOnlyList<TreeFile> Files) RunOnce(AppRegistry registry, string scratch)
    {
        var root = Path.Combine(scratch, "stages-" + Guid.NewGuid().ToString("N"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var stages = new List<(string, double, long, int)>();
        var conventions = registry.CreateConventions();

        var graph = Stage(stages, "compose", () => Compose(registry, conventions));
        var apps = graph.Apps;
        var nodes = new ObjectNodes();
        Stage(stages, "nodes", () => { ManifestPipeline.MakeNodes(apps, nodes); return 0; });
        var diagnostics = Stage(stages, "validate", () => ManifestValidator.Validate(graph, nodes, Array.Empty<(IValidationRule, AppGraph)>()));
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || apps.Any(a => a.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)))
        {
            throw new InvalidOperationException("the benchmark registry does not validate");
        }

        var manifests = Stage(stages, "tree", () => FluxTreeLayout.Build(graph));
        var files = Stage(stages, "render", () => ManifestPipeline.Render(graph, manifests, nodes));
        Stage(stages, "write", () => new TreeWriter(root, new[] { conventions.AppsPath }).Write(files));
        Directory.Delete(root, recursive: true);
        return (stages, files);
    }

    private static ResourceGraph Compose(AppRegistry registry, ClusterConventions conventions)
    {
        var composed = new List<AppGraph>(registry.Apps.Count);
        foreach (var entry in registry.Apps)
        {
            composed.Add(entry.Create().Compose(new CompositionContext(conventions, entry.DeclaredAt)));
        }

        return new ResourceGraph(composed, conventions);
    }

    private static T Stage<T>(List<(string, double, long, int)> stages, string name, Func<T> work)
    {
        var gen0 = GC.CollectionCount(0);
        // Every thread's allocations: the write stage runs on all cores.
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var result = work();
        stopwatch.Stop();
        stages.Add((name, stopwatch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - before, GC.CollectionCount(0) - gen0));
        return result;
    }

    /// <summary>
    /// The validate stage per rule, and the render stage split into its parts: model → YAML node tree
    /// (<see cref="Values.ValuesYaml.ToNode"/>), node tree → text (<see cref="YamlRenderer"/>), text → UTF-8.
    /// </summary>
    private static List<(string Name, double Milliseconds, long Allocated, int Gen0)> Details(AppRegistry registry)
    {
        var graph = Compose(registry, registry.CreateConventions());
        var manifests = FluxTreeLayout.Build(graph);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var details = new List<(string, double, long, int)>();
        var context = new ValidationContext(graph.Apps, graph, new ObjectNodes());
        foreach (var rule in ManifestValidator.Rules)
        {
            Stage(details, "validate: " + rule.GetType().Name, () => rule.Check(context).ToList());
        }

        var nodes = Stage(details, "render: model to YAML nodes", () => manifests.Select(m => m.Documents.Select(Values.ValuesYaml.ToNode).ToList()).ToList());
        var texts = Stage(details, "render: nodes to text", () => nodes.Select(documents => string.Concat(documents.Select(node => YamlRenderer.Render(node, new YamlRenderOptions
        {
            HeaderComments = new List<string> { "yaml-language-server: $schema=x", GeneratedFileMarker.Line.Substring(2) },
        })))).ToList());
        var encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Stage(details, "render: text to UTF-8", () => texts.Select(encoding.GetBytes).ToList());
        return details;
    }

    /// <summary>The write stage alone: a <see cref="TreeWriter"/> into a fresh folder.</summary>
    private static double TreeWrite(IReadOnlyList<TreeFile> files, string appsPath, string scratch)
    {
        var root = Path.Combine(scratch, "writer-" + Guid.NewGuid().ToString("N"));
        var stopwatch = Stopwatch.StartNew();
        var result = new TreeWriter(root, new[] { appsPath }).Write(files);
        stopwatch.Stop();
        if (result.Written.Count != files.Count)
        {
            throw new InvalidOperationException($"wrote {result.Written.Count} of {files.Count} files into a fresh folder");
        }

        Directory.Delete(root, recursive: true);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// The floor: the same files written into a fresh folder with the cheapest calls .NET has (one exclusive create,
    /// one positional write, close; each folder created once), nothing staged, renamed or compared.
    /// </summary>
    private static double FloorWrite(IReadOnlyList<TreeFile> files, string scratch)
    {
        var root = Path.Combine(scratch, "floor-" + Guid.NewGuid().ToString("N"));
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var target = Path.Combine(root, file.RelativePath);
            var folder = Path.GetDirectoryName(target)!;
            if (folders.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
            RandomAccess.Write(handle, file.Content.Span, fileOffset: 0);
        }

        stopwatch.Stop();
        Directory.Delete(root, recursive: true);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double StagedWrite(IReadOnlyList<TreeFile> files, string scratch)
    {
        var root = Path.Combine(scratch, "staged-" + Guid.NewGuid().ToString("N"));
        var stopwatch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var target = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var staging = target + ".ocm-staging";
            using (var stream = new FileStream(staging, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(file.Content.Span);
            }

            File.Move(staging, target, overwrite: true);
        }

        stopwatch.Stop();
        Directory.Delete(root, recursive: true);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static double PlainWrite(IReadOnlyList<TreeFile> files, string scratch)
    {
        var root = Path.Combine(scratch, "plain-" + Guid.NewGuid().ToString("N"));
        var stopwatch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var target = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content.ToArray());
        }

        stopwatch.Stop();
        Directory.Delete(root, recursive: true);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The staged run must produce what <see cref="ManifestPipeline.Run"/> produces.</summary>
    private static void Verify(AppRegistry registry)
    {
        var expected = ManifestPipeline.Run(registry).Files;
        var graph = Compose(registry, registry.CreateConventions());
        var manifests = FluxTreeLayout.Build(graph);
        var actual = ManifestPipeline.Render(graph, manifests, new ObjectNodes());
        if (expected.Count != actual.Count
            || expected.Zip(actual).Any(p => p.First.RelativePath != p.Second.RelativePath || !p.First.Content.Span.SequenceEqual(p.Second.Content.Span)))
        {
            throw new InvalidOperationException("the staged pipeline in StageProfile no longer matches ManifestPipeline.Run; update it");
        }
    }
}
