using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Writing;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// Incremental emission at scale: 100 distinct workspaces are emitted and written, one is edited, and the second
/// write must rewrite exactly that workspace's changed files. Writes are counted twice, independently: through the
/// writer's hook (each file renamed into place) and by modification time on disk (every file is aged after the
/// first write, so anything written since has a new time).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class IncrementalWriteTests : IDisposable
{
    private const int Count = 100;
    private const int Edited = 42;
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string root = Path.Combine(Path.GetTempPath(), "ocm-spine-incremental-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper output;

    public IncrementalWriteTests(ITestOutputHelper output)
    {
        this.output = output;
        Directory.CreateDirectory(root);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Editing_one_of_100_workspaces_rewrites_only_that_workspaces_changed_files()
    {
        var before = Emit(i => new ScaleWorkspace(i));
        var writes = new List<string>();
        var first = Writer(before, writes).Write(before.Files);
        Assert.Equal(before.Files.Count, first.Written.Count);
        Assert.Equal(before.Files.Count, writes.Count);
        Assert.True(before.Files.Count >= 5 * Count, $"expected at least {5 * Count} files, got {before.Files.Count}");
        AgeEveryFile();

        var after = Emit(i => i == Edited ? new ScaleWorkspace(i) { Capacity = "20Gi", Host = "edited.opencode" } : new ScaleWorkspace(i));
        Assert.Equal(before.Files.Select(f => f.RelativePath), after.Files.Select(f => f.RelativePath));
        var expected = after.Files
            .Where(f => !f.Content.Span.SequenceEqual(before.Files.Single(b => b.RelativePath == f.RelativePath).Content.Span))
            .Select(f => f.RelativePath)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, p => Assert.Contains($"/{ScaleWorkspace.NameOf(Edited)}/", p, StringComparison.Ordinal));

        writes.Clear();
        var second = Writer(after, writes).Write(after.Files);

        Assert.Equal(expected, second.Written);
        Assert.Equal(expected, second.DifferingFiles);
        Assert.Empty(second.MissingFiles);
        Assert.Empty(second.Pruned);
        Assert.Empty(second.Conflicts);
        Assert.Equal(after.Files.Count - expected.Count, second.Unchanged.Count);
        Assert.Equal(expected, writes.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(expected, ModifiedFiles());
        Assert.Empty(Directory.EnumerateFiles(root, "*.ocm-staging", SearchOption.AllDirectories));
        foreach (var file in after.Files)
        {
            Assert.True(file.Content.Span.SequenceEqual(File.ReadAllBytes(Full(file.RelativePath))), file.RelativePath);
        }

        output.WriteLine($"{Count} workspaces, {after.Files.Count} files; after editing {ScaleWorkspace.NameOf(Edited)}: "
            + $"written {second.Written.Count} (hook {writes.Count}, by mtime {ModifiedFiles().Count}), unchanged {second.Unchanged.Count}: "
            + string.Join(", ", expected));

        // Writing the same emission again writes nothing.
        AgeEveryFile();
        writes.Clear();
        Assert.True(Writer(after, writes).Write(after.Files).IsClean);
        Assert.Empty(writes);
        Assert.Empty(ModifiedFiles());
    }

    /// <summary>Negative control: both counters see a rewrite the writer is forced into (a file changed on disk).</summary>
    [Fact]
    public void The_write_counters_see_a_forced_rewrite()
    {
        var emission = Emit(i => new ScaleWorkspace(i));
        var writes = new List<string>();
        Writer(emission, writes).Write(emission.Files);
        AgeEveryFile();

        var tampered = emission.Files.First(f => f.RelativePath.Contains($"/{ScaleWorkspace.NameOf(7)}/", StringComparison.Ordinal)).RelativePath;
        File.AppendAllText(Full(tampered), "# edited by hand\n", new UTF8Encoding(false));
        File.SetLastWriteTimeUtc(Full(tampered), LongAgo);
        writes.Clear();
        var result = Writer(emission, writes).Write(emission.Files);

        Assert.Equal(new[] { tampered }, result.Written);
        Assert.Equal(new[] { tampered }, writes);
        Assert.Equal(new[] { tampered }, ModifiedFiles());
    }

    private static Emission Emit(Func<int, ScaleWorkspace> create)
    {
        var entries = Enumerable.Range(1, Count)
            .Select(i => new AppEntry(() => create(i), typeof(ScaleWorkspace).FullName!, SourceLocation.None))
            .ToList();
        var emission = ManifestPipeline.Run(new AppRegistry(entries, () => new OpenCode.Workspaces.SeedClusterConventions()));
        var errors = emission.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the workspaces produce errors:\n" + string.Join("\n", errors));
        return emission;
    }

    private TreeWriter Writer(Emission emission, List<string> writes) =>
        new(root, emission.OwnedFolders) { AfterReplace = writes.Add };

    private string Full(string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    private IEnumerable<string> EveryFile() =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories);

    private void AgeEveryFile()
    {
        foreach (var path in EveryFile())
        {
            File.SetLastWriteTimeUtc(path, LongAgo);
        }
    }

    /// <summary>Files whose modification time is no longer the aged one, by relative path.</summary>
    private List<string> ModifiedFiles() => EveryFile()
        .Where(p => File.GetLastWriteTimeUtc(p) != LongAgo)
        .Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'))
        .OrderBy(p => p, StringComparer.Ordinal)
        .ToList();
}

/// <summary>One of N distinct workspaces (as the benchmark makes them): its own name, repository and host.</summary>
internal sealed record ScaleWorkspace(int Index) : OpenCodeWorkspace(
    Name: NameOf(Index),
    Repository: GitHub.Repository("ORG", "repo-" + Id(Index)),
    Host: "w" + Id(Index) + ".opencode")
{
    public static string NameOf(int index) => "opencode-" + Id(index);

    private static string Id(int index) => index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
