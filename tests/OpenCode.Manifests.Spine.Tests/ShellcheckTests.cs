using System;
using System.Diagnostics;
using System.IO;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>The init script is POSIX sh and shellcheck-clean.</summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class ShellcheckTests
{
    private readonly ITestOutputHelper output;

    public ShellcheckTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Git_sync_script_passes_shellcheck_as_posix_sh()
    {
        var script = Path.Combine(Repo.Root, "src", "OpenCode.Manifests", "OpenCode", "git-sync.sh");
        Assert.True(File.Exists(script), $"{script} is missing");

        var shellcheck = Tools.Find("shellcheck");
        if (shellcheck is null)
        {
            // xunit 2 has no dynamic skip: a missing tool fails loudly rather than passing silently.
            var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            Assert.Fail(ci
                ? "shellcheck is not installed on this CI machine; .ci/run must install it (apt-get install shellcheck)."
                : "shellcheck is not installed; install with: apt-get install shellcheck");
        }

        var (exitCode, stdout, stderr) = Tools.Run(shellcheck!, new[] { "-s", "sh", script }, TimeSpan.FromMinutes(1));
        output.WriteLine(stdout);
        output.WriteLine(stderr);
        Assert.True(exitCode == 0, $"shellcheck -s sh exited {exitCode}:\n{stdout}\n{stderr}");
    }

    [Fact]
    public void The_embedded_script_is_the_file_on_disk()
    {
        var script = Path.Combine(Repo.Root, "src", "OpenCode.Manifests", "OpenCode", "git-sync.sh");
        Assert.Equal(File.ReadAllText(script).Replace("\r\n", "\n"), GitSyncScript.Content);
        Assert.StartsWith("#!/bin/sh\n", GitSyncScript.Content, StringComparison.Ordinal);
    }
}
