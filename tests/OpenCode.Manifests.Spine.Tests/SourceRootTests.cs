using System;
using System.IO;
using OpenCode.Manifests.Cli;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Generated;
using OpenCode.Manifests.Pipeline;
using OpenCode.Workspaces;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// Issue 11 item 4: a tree written somewhere Flux does not read it from is reported (OCM3011). Flux reads every
/// <c>ks.yaml</c> path from the folder its GitRepository maps to; the conventions name that folder inside the git
/// repository (<c>FluxSourceRoot</c>), the build names where it writes (<c>OpenCodeManifestsOutputRoot</c>).
/// </summary>
public sealed class SourceRootTests : IDisposable
{
    private readonly string repository = Path.Combine(Path.GetTempPath(), "ocm-source-root-" + Guid.NewGuid().ToString("N"));

    public SourceRootTests() => Directory.CreateDirectory(Path.Combine(repository, ".git"));

    public void Dispose() => Directory.Delete(repository, recursive: true);

    [Fact]
    public void Writing_where_the_conventions_say_Flux_reads_is_not_reported()
    {
        // The seed's conventions say Flux's source root maps to workspaces/, and the tree is written there.
        var output = Emit(Path.Combine(repository, "workspaces"), new SeedClusterConventions());
        Assert.DoesNotContain(DiagnosticCatalog.SourceRootMismatch.Id, output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repository, "workspaces", "kubernetes", "apps", "opencode", "kustomization.yaml")));
    }

    [Fact]
    public void Writing_below_the_folder_Flux_reads_is_a_warning_that_names_both_folders_and_the_fix()
    {
        // A new user's case: the tree lands in workspaces/ while Flux reads ./kubernetes/... from the repository root.
        var output = Emit(Path.Combine(repository, "workspaces"), new SeedClusterConventions() with { FluxSourceRoot = "" });
        var line = Assert.Single(output.Split('\n'), l => l.Contains(DiagnosticCatalog.SourceRootMismatch.Id, StringComparison.Ordinal));
        Assert.Contains("warning " + DiagnosticCatalog.SourceRootMismatch.Id, line, StringComparison.Ordinal);
        Assert.Contains("'workspaces'", line, StringComparison.Ordinal);
        Assert.Contains("OpenCodeManifestsOutputRoot", line, StringComparison.Ordinal);
        Assert.Contains("FluxSourceRoot = \"workspaces\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_outside_any_git_repository_is_not_judged()
    {
        var outside = Path.Combine(Path.GetTempPath(), "ocm-no-git-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = Emit(outside, new SeedClusterConventions() with { FluxSourceRoot = "elsewhere" });
            Assert.DoesNotContain(DiagnosticCatalog.SourceRootMismatch.Id, output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private static string Emit(string root, Conventions.ClusterConventions conventions)
    {
        var generated = GeneratedAppRegistry.Create();
        var registry = new AppRegistry(generated.Apps, () => conventions);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ManifestsProgram.Run(new[] { "emit", "--root", root }, registry, output, error);
        Assert.True(exit == 0, $"exit {exit}:\n{output}\n{error}");
        return output.ToString();
    }
}
