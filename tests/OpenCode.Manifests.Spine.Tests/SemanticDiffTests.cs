using System;
using System.IO;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Cli;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Generated;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// Issue 16 item 2: the <c>diff</c> verb compares the tree committed at a git revision with the tree the definitions
/// produce now, in a real git repository where a scripted commit plays the base: a HelmRelease value, a chart tag, an
/// object only in the base, an object only now, a hand-written file (ignored); exit codes 0, 1 and 2.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class SemanticDiffTests : IDisposable
{
    private const string Apps = "workspaces/kubernetes/apps/opencode";
    private readonly string repository = Path.Combine(Path.GetTempPath(), "ocm-semantic-diff-" + Guid.NewGuid().ToString("N"));
    private readonly string git = Tools.Require("git", "apt-get install git");

    public SemanticDiffTests()
    {
        Directory.CreateDirectory(repository);
        Git("init", "-q");
        Git("config", "user.email", "test@example.invalid");
        Git("config", "user.name", "test");
        Git("config", "commit.gpgsign", "false");
        Assert.Equal(0, Run("emit", "--root", Root).Exit);
        Git("add", "-A");
        Git("commit", "-q", "-m", "the tree as the definitions produce it");
    }

    private string Root => Path.Combine(repository, "workspaces");

    public void Dispose() => Directory.Delete(repository, recursive: true);

    [Fact]
    public void The_tree_of_the_same_definitions_has_no_changes_and_exits_0()
    {
        var diff = Run("diff", "--root", Root, "--base", "HEAD", "--format", "text");
        Assert.True(diff.Exit == ManifestsProgram.Success, diff.Error + diff.Output);
        Assert.Contains("No changes.", diff.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scripted_base_shows_value_paths_grouped_by_app_kind_and_name_and_exits_1()
    {
        // The base commit: an older server image, an older chart, no ExternalSecret for opencode-ha, a stale object,
        // and a hand-written file that the diff ignores.
        Edit($"{Apps}/opencode-flux/app/helmrelease.yaml", "tag: 1.18.33", "tag: 1.17.0");
        Edit($"{Apps}/opencode-flux/app/ocirepository.yaml", "tag: 4.4.0", "tag: 4.3.0");
        File.Delete(Path.Combine(repository, $"{Apps}/opencode-ha/app/externalsecret.yaml"));
        var stale = File.ReadAllText(Path.Combine(repository, $"{Apps}/opencode-flux/app/ocirepository.yaml"))
            .Replace("name: opencode-flux", "name: opencode-old", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(repository, $"{Apps}/opencode-flux/app/old.yaml"), stale);
        File.WriteAllText(Path.Combine(repository, $"{Apps}/opencode-flux/app/extra.yaml"), "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mine\n");
        Git("add", "-A");
        Git("commit", "-q", "-m", "base");
        Git("tag", "base");
        Git("rm", "-q", $"{Apps}/opencode-flux/app/extra.yaml");
        Git("checkout", "-q", "HEAD~1", "--", ".");

        var text = Run("diff", "--root", Root, "--base", "base", "--format", "text");
        Assert.True(text.Exit == ManifestsProgram.Drift, text.Error + text.Output);
        var expected = string.Join('\n',
            "Flux tree changes against base",
            "2 changed, 1 added, 1 removed in 2 apps.",
            "",
            "opencode/opencode-flux",
            "  HelmRelease opencode-flux: changed",
            "    controllers.opencode-flux.containers.app.image.tag: 1.17.0 \u2192 1.18.33",
            "  OCIRepository opencode-flux: changed",
            "    spec.ref.tag: 4.3.0 \u2192 4.4.0",
            "  OCIRepository opencode-old: removed",
            "");
        Assert.StartsWith(expected, text.Output.Replace("\r", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("opencode/opencode-ha\n  ExternalSecret opencode-ha-secrets: added\n", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ConfigMap", text.Output, StringComparison.Ordinal); // hand-written: not ours to compare

        var markdown = Run("diff", "--root", Root, "--base", "base");
        Assert.Equal(ManifestsProgram.Drift, markdown.Exit);
        Assert.Contains("#### `opencode/opencode-flux`", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("- **HelmRelease** `opencode-flux` changed\n  - `controllers.opencode-flux.containers.app.image.tag`: `1.17.0` \u2192 `1.18.33`", markdown.Output, StringComparison.Ordinal);

        var capped = Run("diff", "--root", Root, "--base", "base", "--max-chars", "700", "--output", Path.Combine(repository, "out", "diff.md"));
        Assert.Equal(ManifestsProgram.Drift, capped.Exit);
        var written = File.ReadAllText(Path.Combine(repository, "out", "diff.md"));
        Assert.True(written.Length <= 700, $"{written.Length} characters:\n{written}");
        Assert.Matches(new Regex(@"\d+ more changed objects not shown \(the report is capped at 700 characters\)"), written);
    }

    [Fact]
    public void A_revision_that_does_not_exist_is_an_error_exit_2()
    {
        var diff = Run("diff", "--root", Root, "--base", "no-such-branch");
        Assert.Equal(ManifestsProgram.Failure, diff.Exit);
        Assert.Contains("error " + DiagnosticCatalog.DiffBaseUnreadable.Id, diff.Error, StringComparison.Ordinal);
        Assert.Equal(ManifestsProgram.Failure, Run("diff", "--root", Root).Exit); // no --base
    }

    private void Edit(string path, string from, string to)
    {
        var full = Path.Combine(repository, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(full, text.Replace(from, to, StringComparison.Ordinal));
    }

    private void Git(params string[] args)
    {
        var run = Tools.Run(git, args, TimeSpan.FromSeconds(30), repository);
        Assert.True(run.ExitCode == 0, "git " + string.Join(' ', args) + ": " + run);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = ManifestsProgram.Run(args, GeneratedAppRegistry.Create(), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
