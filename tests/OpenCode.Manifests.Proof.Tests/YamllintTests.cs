using System;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Proof.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Proof.Tests;

/// <summary>
/// Issue item 4 (lint): yamllint (Debian), with the repository's home-ops style config <c>.yamllint.yaml</c>,
/// passes on every emitted file, and the config's rules do reject what they claim to.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class YamllintTests
{
    private readonly ITestOutputHelper output;

    public YamllintTests(ITestOutputHelper output) => this.output = output;

    private static string Config => Path.Combine(Repo.Root, ".yamllint.yaml");

    [Fact]
    public void Every_emitted_file_passes_yamllint_with_the_repository_config()
    {
        var yamllint = Tools.Require("yamllint", "apt-get install yamllint");
        output.WriteLine(Tools.Version(yamllint, "--version"));
        var files = SeedTree.Tree.Files();
        var run = Lint(yamllint, files.Concat(Directory.GetFiles(VolSyncTemplateFixture.Folder, "*.yaml", SearchOption.AllDirectories)).Append(Config).ToArray());
        output.WriteLine($"{files.Count} emitted files linted");
        Assert.True(run.ExitCode == 0 && run.Stdout.Trim().Length == 0, $"yamllint reports problems:\n{run}");
    }

    [Fact]
    public void The_config_is_a_real_home_ops_config_not_a_disabled_one()
    {
        var text = File.ReadAllText(Config);
        Assert.Contains("extends: default", text);
        Assert.DoesNotContain("extends: relaxed", text);
        var disabled = text.Split('\n').Count(l => l.TrimEnd().EndsWith(": disable", StringComparison.Ordinal));
        Assert.True(disabled == 1, "only line-length is disabled, as home-ops repositories do");
    }

    // ---- negative controls: one per rule the emitted files depend on ----

    [Theory]
    [InlineData("no-document-start", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n", "document-start")]
    [InlineData("unindented-sequence", "---\nresources:\n- ./a.yaml\n", "indentation")]
    [InlineData("four-space-indent", "---\nmetadata:\n    name: x\n", "indentation")]
    [InlineData("yes-as-boolean", "---\nspec:\n  suspend: yes\n", "truthy")]
    [InlineData("trailing-space", "---\nkind: Namespace \n", "trailing-spaces")]
    [InlineData("duplicate-key", "---\nkind: A\nkind: B\n", "key-duplicates")]
    [InlineData("no-final-newline", "---\nkind: A", "new-line-at-end-of-file")]
    public void Negative_control_a_lint_error_is_reported(string name, string content, string rule)
    {
        var yamllint = Tools.Require("yamllint", "apt-get install yamllint");
        using var temp = new TempFolder("ocm-yamllint");
        var file = Path.Combine(temp.Path, name + ".yaml");
        File.WriteAllText(file, content);
        var run = Lint(yamllint, new[] { file });
        output.WriteLine(run.ToString());
        Assert.NotEqual(0, run.ExitCode); // --strict: warnings fail too
        Assert.Contains($"({rule})", run.Stdout);
    }

    private static ToolRun Lint(string yamllint, string[] files) =>
        Tools.Run(yamllint, new[] { "-c", Config, "-f", "parsable", "--strict" }.Concat(files), TimeSpan.FromMinutes(1), workingDirectory: Repo.Root);
}
