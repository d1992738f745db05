using System;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Cli;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Generated;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// Issue 16 item 1: check mode names each drifted file relative to the git repository's root (normalized, even when
/// the output root is given as <c>a/../b</c>) and prints its unified diff, capped per file; exit codes as
/// <c>flux diff</c> (0 no drift, 1 drift, 2 an error).
/// </summary>
public sealed class CheckModeOutputTests : IDisposable
{
    private const string HelmRelease = "kubernetes/apps/opencode/opencode-ha/app/helmrelease.yaml";
    private readonly string repository = Path.Combine(Path.GetTempPath(), "ocm-check-output-" + Guid.NewGuid().ToString("N"));

    public CheckModeOutputTests()
    {
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        Directory.CreateDirectory(Path.Combine(repository, "other"));
    }

    /// <summary>The output root as a build may pass it: through a sibling folder and back.</summary>
    private string Root => Path.Combine(repository, "other", "..", "workspaces");

    public void Dispose() => Directory.Delete(repository, recursive: true);

    [Fact]
    public void A_clean_tree_exits_0_and_prints_no_diff()
    {
        Assert.Equal(0, Run("emit", "--root", Root).Exit);
        var check = Run("emit", "--check", "--root", Root);
        Assert.Equal(ManifestsProgram.Success, check.Exit);
        Assert.DoesNotContain("@@ ", check.Output, StringComparison.Ordinal);
        Assert.Contains("check passed", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Drift_exits_1_and_prints_each_file_with_its_diff_under_its_repository_path()
    {
        Assert.Equal(0, Run("emit", "--root", Root).Exit);
        var edited = Path.Combine(repository, "workspaces", HelmRelease);
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("timeoutSeconds: 1\n", "timeoutSeconds: 5\n", StringComparison.Ordinal));
        var deleted = Path.Combine(repository, "workspaces", "kubernetes/apps/opencode/opencode-flux/app/ocirepository.yaml");
        File.Delete(deleted);

        var check = Run("emit", "--check", "--root", Root);
        Assert.Equal(ManifestsProgram.Drift, check.Exit);
        var lines = check.Output.Split('\n');
        var at = Array.IndexOf(lines, $"workspaces/{HelmRelease}: error {DiagnosticCatalog.DriftDiffers.Id}: differs from what the app definitions produce; run dotnet build and commit the result.");
        Assert.True(at >= 0, "no drift line with the repository-relative path:\n" + check.Output);
        Assert.Equal($"--- a/workspaces/{HelmRelease}", lines[at + 1]);
        Assert.Equal($"+++ b/workspaces/{HelmRelease}", lines[at + 2]);
        Assert.StartsWith("@@ -", lines[at + 3], StringComparison.Ordinal);
        Assert.Contains(lines.Skip(at), l => l.StartsWith('-') && l.EndsWith("timeoutSeconds: 5", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(at), l => l.StartsWith('+') && l.EndsWith("timeoutSeconds: 1", StringComparison.Ordinal));
        Assert.Contains("workspaces/kubernetes/apps/opencode/opencode-flux/app/ocirepository.yaml: error " + DiagnosticCatalog.DriftMissing.Id, check.Output, StringComparison.Ordinal);
        Assert.Contains("--- /dev/null\n+++ b/workspaces/kubernetes/apps/opencode/opencode-flux/app/ocirepository.yaml\n@@ -0,0 +1,", check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("..", check.Output.Replace("...", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', check.Output);
        Assert.Contains(DiagnosticCatalog.CheckFoundDrift.Id, check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cap_cuts_each_diff_with_a_note_and_colour_is_printed_when_asked_for()
    {
        Assert.Equal(0, Run("emit", "--root", Root).Exit);
        File.Delete(Path.Combine(repository, "workspaces", HelmRelease));

        var check = Run("emit", "--check", "--root", Root, "--diff-lines", "5", "--color", "always");
        Assert.Equal(ManifestsProgram.Drift, check.Exit);
        var added = check.Output.Split('\n').Count(l => l.StartsWith("\u001b[32m+", StringComparison.Ordinal));
        Assert.Equal(4, added); // 5 lines: the hunk header and four of the file's lines
        Assert.Contains($"more diff lines of workspaces/{HelmRelease} not shown (cap 5 per file", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_exit_2_a_bad_command_line_and_a_hand_written_file_in_the_way()
    {
        Assert.Equal(ManifestsProgram.Failure, Run("emit", "--check", "--root", Root, "--color", "sometimes").Exit);
        Assert.Equal(ManifestsProgram.Failure, Run("emit", "--root", Root, "--diff-lines", "-1").Exit);

        Assert.Equal(0, Run("emit", "--root", Root).Exit);
        File.WriteAllText(Path.Combine(repository, "workspaces", HelmRelease), "---\n# hand-written\nkind: HelmRelease\n");
        var check = Run("emit", "--check", "--root", Root);
        Assert.Equal(ManifestsProgram.Failure, check.Exit);
        Assert.Contains($"workspaces/{HelmRelease}: error {DiagnosticCatalog.HandWrittenFileInTheWay.Id}", check.Error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = ManifestsProgram.Run(args, GeneratedAppRegistry.Create(), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
