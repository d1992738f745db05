using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Pipeline;

namespace OpenCode.Manifests.Writing;

/// <summary>
/// Writes the emitted tree under an output root, or checks it. Only marked files (see
/// <see cref="GeneratedFileMarker"/>) are ever overwritten or deleted. Writing is two-phase: every changed file is
/// first staged next to its target, and only when all are staged are they renamed into place, so a failure while
/// staging leaves the previous tree as it was.
/// </summary>
public sealed class TreeWriter
{
    private const string StagingSuffix = ".ocm-staging";
    private readonly string outputRoot;
    private readonly IReadOnlyList<string> ownedFolders;

    /// <summary>Creates a writer.</summary>
    /// <param name="outputRoot">The folder the relative paths are under.</param>
    /// <param name="ownedFolders">
    /// Folders (relative to the root) in which marked files that are no longer emitted are pruned.
    /// </param>
    public TreeWriter(string outputRoot, IReadOnlyList<string> ownedFolders)
    {
        this.outputRoot = Path.GetFullPath(outputRoot);
        this.ownedFolders = ownedFolders;
    }

    /// <summary>Called before each file is staged; tests use it to simulate a crash mid-emit.</summary>
    internal Action<string>? BeforeStage { get; set; }

    /// <summary>Compares the tree on disk with <paramref name="files"/> without writing anything.</summary>
    public WriteResult Check(IReadOnlyList<TreeFile> files) => CreatePlan(files).ToResult();

    /// <summary>Brings the tree on disk in line with <paramref name="files"/>.</summary>
    public WriteResult Write(IReadOnlyList<TreeFile> files)
    {
        var plan = CreatePlan(files);
        if (plan.Conflicts.Count > 0)
        {
            return plan.ToResult();
        }

        var staged = new List<(string Staging, string Target)>();
        var createdFolders = new List<string>();
        try
        {
            foreach (var file in plan.ToWrite)
            {
                var target = FullPath(file.RelativePath);
                CreateFolder(Path.GetDirectoryName(target)!, createdFolders);
                var staging = target + StagingSuffix;
                BeforeStage?.Invoke(file.RelativePath);
                using (var stream = new FileStream(staging, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    stream.Write(file.Content.Span);
                    stream.Flush(flushToDisk: true);
                }

                staged.Add((staging, target));
            }
        }
        catch
        {
            foreach (var (staging, _) in staged)
            {
                TryDelete(staging);
            }

            // Leave the tree as it was: folders made for files that never arrived go too (deepest first).
            for (var i = createdFolders.Count - 1; i >= 0; i--)
            {
                if (Directory.Exists(createdFolders[i]) && !Directory.EnumerateFileSystemEntries(createdFolders[i]).Any())
                {
                    Directory.Delete(createdFolders[i]);
                }
            }

            throw;
        }

        foreach (var (staging, target) in staged)
        {
            File.Move(staging, target, overwrite: true);
        }

        foreach (var stale in plan.ToPrune)
        {
            File.Delete(FullPath(stale));
            RemoveEmptyParents(Path.GetDirectoryName(FullPath(stale))!);
        }

        return plan.ToResult();
    }

    private WritePlan CreatePlan(IReadOnlyList<TreeFile> files)
    {
        var plan = new WritePlan();
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            emitted.Add(file.RelativePath);
            var target = FullPath(file.RelativePath);
            if (!File.Exists(target))
            {
                plan.ToWrite.Add(file);
                plan.Missing.Add(file.RelativePath);
            }
            else if (File.ReadAllBytes(target).AsSpan().SequenceEqual(file.Content.Span))
            {
                plan.Unchanged.Add(file.RelativePath);
            }
            else if (!IsMarked(target))
            {
                plan.Conflicts.Add(file.RelativePath);
            }
            else
            {
                plan.ToWrite.Add(file);
                plan.Differing.Add(file.RelativePath);
            }
        }

        foreach (var folder in ownedFolders)
        {
            var full = FullPath(folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(full, "*.yaml", SearchOption.AllDirectories)
                         .Select(RelativePath)
                         .OrderBy(p => p, StringComparer.Ordinal))
            {
                if (!emitted.Contains(path) && IsMarked(FullPath(path)))
                {
                    plan.ToPrune.Add(path);
                }
            }
        }

        return plan;
    }

    private string FullPath(string relativePath) =>
        Path.Combine(outputRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private string RelativePath(string fullPath) =>
        Path.GetRelativePath(outputRoot, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private void RemoveEmptyParents(string directory)
    {
        while (directory.StartsWith(outputRoot, StringComparison.Ordinal)
               && directory.Length > outputRoot.Length
               && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }

    private static void CreateFolder(string folder, List<string> created)
    {
        var missing = new Stack<string>();
        for (var current = folder; !Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            missing.Push(current);
        }

        foreach (var path in missing)
        {
            Directory.CreateDirectory(path);
            created.Add(path);
        }
    }

    private static bool IsMarked(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return GeneratedFileMarker.IsMarked(reader);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover staging file is harmless and is overwritten next time.
        }
    }

    private sealed class WritePlan
    {
        public List<TreeFile> ToWrite { get; } = new();
        public List<string> Missing { get; } = new();
        public List<string> Differing { get; } = new();
        public List<string> Unchanged { get; } = new();
        public List<string> ToPrune { get; } = new();
        public List<string> Conflicts { get; } = new();

        public WriteResult ToResult() => new(
            Missing.Concat(Differing).OrderBy(p => p, StringComparer.Ordinal).ToList(),
            Unchanged,
            ToPrune,
            Conflicts)
        {
            MissingFiles = Missing,
            DifferingFiles = Differing,
        };
    }
}
