using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// The real build, on a copy of the repository: check mode fails naming an edited file, a normal build restores it,
/// and a build with nothing to do writes nothing. Slow (one full build, two incremental).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class DriftBuildTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private const string Project = "workspaces/OpenCode.Workspaces.csproj";
    private const string Edited = "workspaces/kubernetes/apps/opencode/opencode-ha/app/helmrelease.yaml";

    private readonly ITestOutputHelper output;
    private readonly string copy = Path.Combine(Path.GetTempPath(), "ocm-spine-drift-" + Guid.NewGuid().ToString("N"));

    public DriftBuildTests(ITestOutputHelper output) => this.output = output;

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is harmless.
        }
    }

    [Fact]
    public void Check_mode_fails_on_drift_and_a_normal_build_repairs_it_then_is_a_no_op()
    {
        var total = Stopwatch.StartNew();
        CopyRepository();
        Log($"copied the repository to {copy} ({total.Elapsed.TotalSeconds:F1} s)");

        var editedPath = Path.Combine(copy, Edited.Replace('/', Path.DirectorySeparatorChar));
        var original = File.ReadAllBytes(editedPath);
        Assert.Equal(File.ReadAllBytes(Repo.Committed(Edited["workspaces/".Length..])), original);

        // Drift: someone edits a generated file by hand. The first build of the copy is the check build, so the
        // whole test costs one full build and two incremental ones. (Check mode passing on a clean tree is what
        // .ci/run's drift check shows on the repository itself.)
        var text = Encoding.UTF8.GetString(original);
        Assert.Contains("timeoutSeconds: 1\n", text, StringComparison.Ordinal);
        var drifted = Encoding.UTF8.GetBytes(text.Replace("timeoutSeconds: 1\n", "timeoutSeconds: 5\n", StringComparison.Ordinal));
        File.WriteAllBytes(editedPath, drifted);

        var check = Build("check build", "-p:OpenCodeManifestsCheck=true");
        Assert.True(check.ExitCode != 0, "check mode passed on a drifted tree:\n" + check.Output);
        Assert.Contains("opencode-ha/app/helmrelease.yaml", check.Output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("OCM3002", check.Output, StringComparison.Ordinal);

        // Issue 16: at the default verbosity the build shows the file under its repository path and the diff itself.
        Assert.Contains(Edited + " : error OCM3002", check.Output, StringComparison.Ordinal);
        Assert.Contains("--- a/" + Edited, check.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s*-\s+timeoutSeconds: 5\s*$", check.Output);
        Assert.Matches(@"(?m)^\s*\+\s+timeoutSeconds: 1\s*$", check.Output);
        Assert.DoesNotContain("\u001b[", check.Output, StringComparison.Ordinal); // redirected: plain
        Assert.Equal(drifted, File.ReadAllBytes(editedPath)); // check mode writes nothing

        var repair = Build("repairing build");
        Assert.True(repair.ExitCode == 0, "the repairing build failed:\n" + repair.Output);
        Assert.Equal(original, File.ReadAllBytes(editedPath));
        Assert.Contains("1 files written", repair.Output, StringComparison.Ordinal);

        var noOp = Build("no-op build");
        Assert.True(noOp.ExitCode == 0, "the no-op build failed:\n" + noOp.Output);
        Assert.DoesNotContain("files written", noOp.Output, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(editedPath));

        // Issue 16 item 4: a manifest added by hand to an app folder makes the next build emit (the folder is an input),
        // and the app's kustomization lists it.
        var appFolder = Path.GetDirectoryName(editedPath)!;
        File.WriteAllText(Path.Combine(appFolder, "configmap.yaml"), "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n");
        var handWritten = Build("build after a hand-written manifest was added");
        Assert.True(handWritten.ExitCode == 0, "the build failed:\n" + handWritten.Output);
        Assert.Contains("- ./configmap.yaml", File.ReadAllText(Path.Combine(appFolder, "kustomization.yaml")), StringComparison.Ordinal);

        // Issue 16 item 2: the semantic diff through the MSBuild property, against the commit of this very tree:
        // nothing changed (exit 0, the build passes). A base that cannot be read (OCM3012, exit 2) is SemanticDiffTests'.
        var git = Tools.Require("git", "apt-get install git");
        foreach (var args in new[] { new[] { "add", "-A" }, new[] { "-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "tree" } })
        {
            var run = Tools.Run(git, args, TimeSpan.FromMinutes(1), copy);
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        var diff = Build("diff build", "-p:OpenCodeManifestsDiffBase=HEAD", "-p:OpenCodeManifestsDiffFormat=text");
        Assert.True(diff.ExitCode == 0, "the diff build failed:\n" + diff.Output);
        Assert.Contains("Flux tree changes against HEAD", diff.Output, StringComparison.Ordinal);
        Assert.Contains("No changes.", diff.Output, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(editedPath));

        Log($"total {total.Elapsed.TotalSeconds:F1} s");
    }

    private (int ExitCode, string Output) Build(string what, params string[] extra)
    {
        var watch = Stopwatch.StartNew();
        var args = new List<string> { "build", Project, "--nologo", "-nodeReuse:false", "-clp:NoSummary" };
        args.AddRange(extra);

        var (exitCode, stdout, stderr) = DotnetCommand.Run(copy, args, BuildTimeout);
        var all = stdout + stderr;
        Log($"{what}: exit {exitCode} in {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var line in all.Split('\n').Select(l => l.Trim())
                     .Where(l => l.StartsWith("OpenCode.Manifests:", StringComparison.Ordinal) || l.Contains(": error OCM", StringComparison.Ordinal) || l.Contains(" error CS", StringComparison.Ordinal))
                     .Distinct(StringComparer.Ordinal))
        {
            Log("  " + line.Trim());
        }

        return (exitCode, all);
    }

    private void CopyRepository()
    {
        var root = Repo.Root;
        foreach (var folder in new[] { "src", "generators", "workspaces" })
        {
            CopyFolder(Path.Combine(root, folder), Path.Combine(copy, folder));
        }

        foreach (var file in Directory.EnumerateFiles(root, "Directory.*.props").Append(Path.Combine(root, "nuget.config")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        // The copy is a repository of its own (as a clone is): messages name files relative to its root.
        var git = Tools.Run(Tools.Require("git", "apt-get install git"), new[] { "init", "-q", copy }, TimeSpan.FromSeconds(30));
        Assert.True(git.ExitCode == 0, git.ToString());

        // nuget.config lists the local feed folder; it must exist for restore.
        Directory.CreateDirectory(Path.Combine(copy, "artifacts", "feed"));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyFolder(dir, Path.Combine(to, name));
        }
    }

    private void Log(string line)
    {
        output.WriteLine(line);
        Console.WriteLine("[drift] " + line);
    }
}
