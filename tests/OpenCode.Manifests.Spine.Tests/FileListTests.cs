using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// The emitted (and committed) tree is exactly the one DESIGN.md draws, nothing more or less, plus one generated
/// README.md per app (14 files for the two workspaces).
/// </summary>
public sealed class FileListTests
{
    private static readonly string[] Expected = ExpectedTree().OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private static IEnumerable<string> ExpectedTree()
    {
        yield return "kubernetes/apps/opencode/kustomization.yaml";
        yield return "kubernetes/apps/opencode/namespace.yaml";
        foreach (var ws in Emitted.WorkspaceNames)
        {
            yield return $"kubernetes/apps/opencode/{ws}/ks.yaml";

            // Issue 16: the app's picture (a Mermaid diagram), next to its Flux folder; kustomize never reads it.
            yield return $"kubernetes/apps/opencode/{ws}/README.md";
            foreach (var name in new[] { "kustomization", "ocirepository", "helmrelease", "externalsecret" })
            {
                yield return $"kubernetes/apps/opencode/{ws}/app/{name}.yaml";
            }
        }
    }

    [Fact]
    public void The_emission_is_exactly_the_design_tree()
    {
        var emitted = Emitted.Emission.Files.Select(f => f.RelativePath).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.Equal(Expected, emitted);
        Assert.Equal(14, emitted.Length);
        Assert.Equal(emitted.Length, emitted.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_committed_tree_is_exactly_the_design_tree()
    {
        var root = Path.Combine(Repo.Workspaces, "kubernetes");
        Assert.True(Directory.Exists(root), $"{root} does not exist");
        var onDisk = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repo.Workspaces, p).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(Expected, onDisk);
    }

    [Fact]
    public void The_registry_lists_both_workspaces_in_declaration_order_with_their_source_lines()
    {
        var registry = OpenCode.Manifests.Generated.GeneratedAppRegistry.Create();
        Assert.Equal(new[] { "OpenCode.Workspaces.OpencodeFlux", "OpenCode.Workspaces.OpencodeHa" }, registry.Apps.Select(w => w.TypeName));
        foreach (var entry in registry.Apps)
        {
            Assert.True(entry.DeclaredAt.IsKnown, $"{entry.TypeName} has no source location");
            Assert.EndsWith("Workspaces.cs", entry.DeclaredAt.FilePath, StringComparison.Ordinal);
            var line = File.ReadAllLines(entry.DeclaredAt.FilePath)[entry.DeclaredAt.Line - 1];
            Assert.Contains("record " + entry.TypeName.Split('.').Last(), line, StringComparison.Ordinal);
        }
    }
}
