using System;
using System.IO;
using OpenCode.Manifests.Proof.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Proof.Tests;

/// <summary>Issue item 2 (lint): the init script as embedded in each HelmRelease is shellcheck-clean as POSIX sh.</summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class ShellcheckTests
{
    private readonly ITestOutputHelper output;

    public ShellcheckTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Workspaces => SeedTree.Workspaces;

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void The_embedded_init_script_is_shellcheck_clean(string workspace)
    {
        var script = EmittedPod.Read(SeedTree.Tree, workspace).GitSync.Command[2];
        var run = Check(script);
        Assert.True(run.ExitCode == 0, $"shellcheck rejects the {workspace} init script:\n{run}");
    }

    [Fact]
    public void Negative_control_a_lint_error_in_the_script_is_reported()
    {
        var script = File.ReadAllText(Repo.GitSyncScript).Replace("rm -rf \"$partial\"", "rm -rf $partial/", StringComparison.Ordinal);
        var run = Check(script);
        output.WriteLine(run.ToString());
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("SC2086", run.Stdout);
    }

    private ToolRun Check(string script)
    {
        var shellcheck = Tools.Require("shellcheck", "apt-get install shellcheck");
        output.WriteLine(Tools.Version(shellcheck, "--version").Replace('\n', ' '));
        return Tools.Run(shellcheck, new[] { "-s", "sh", "-f", "gcc", "-" }, TimeSpan.FromMinutes(1), stdin: script);
    }
}
