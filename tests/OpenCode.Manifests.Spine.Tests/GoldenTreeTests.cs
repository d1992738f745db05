using System;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Writing;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>The tree committed under workspaces/ at HEAD is exactly what the pipeline emits (reads git: integration).</summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class GoldenTreeTests
{
    private readonly ITestOutputHelper output;

    public GoldenTreeTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// Compares with the tree as HEAD holds it in git, not with the working tree: the workspaces project's build
    /// target rewrites the working tree before the tests run and would hide any difference. A definition changed
    /// without committing the regenerated tree therefore fails here until the tree is committed.
    /// </summary>
    [Fact]
    public void Every_emitted_file_matches_the_file_committed_at_HEAD_byte_for_byte()
    {
        var emission = Emitted.Emission;
        Assert.NotEmpty(emission.Files);
        var committed = CommittedTree.Read(Repo.Root, "HEAD", "workspaces");
        var findings = GoldenComparison.Compare(committed, emission.Files.Select(f => (f.RelativePath, f.Content)));
        output.WriteLine(findings.Count == 0 ? $"{emission.Files.Count} files match HEAD" : string.Join("\n", findings));
        Assert.True(findings.Count == 0,
            "the tree committed at HEAD differs from what the definitions emit (run dotnet build and commit workspaces/kubernetes):\n" + string.Join("\n", findings));
    }

    /// <summary>
    /// Negative control through the same path: a throw-away git repository whose commit holds the emitted tree with a
    /// line appended to one HelmRelease, one file missing and one stale marked file is reported on each count.
    /// </summary>
    [Fact]
    public void Negative_control_a_commit_that_differs_from_the_emission_is_reported()
    {
        var git = Tools.Require("git", "apt-get install git");
        var emission = Emitted.Emission;
        var folder = Directory.CreateTempSubdirectory("ocm-golden-").FullName;
        try
        {
            var helmRelease = emission.Files.First(f => f.RelativePath.EndsWith("/app/helmrelease.yaml", StringComparison.Ordinal)).RelativePath;
            var dropped = emission.Files.First(f => f.RelativePath.EndsWith("/ks.yaml", StringComparison.Ordinal)).RelativePath;
            var stale = "kubernetes/apps/opencode/opencode-old/ks.yaml";
            foreach (var file in emission.Files.Where(f => f.RelativePath != dropped))
            {
                var bytes = file.Content.ToArray();
                if (file.RelativePath == helmRelease)
                {
                    bytes = bytes.Concat(Encoding.UTF8.GetBytes("# edited by hand\n")).ToArray();
                }

                Write(Path.Combine(folder, "workspaces", file.RelativePath), bytes);
            }

            Write(Path.Combine(folder, "workspaces", stale), emission.Files.First(f => f.RelativePath == dropped).Content.ToArray());
            Write(Path.Combine(folder, "workspaces", "kubernetes/apps/opencode/notes.md"), Encoding.UTF8.GetBytes("hand-written, not ours\n"));
            foreach (var args in new[] { new[] { "init", "-q" }, new[] { "add", "-A" }, new[] { "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "c" } })
            {
                var run = Tools.Run(git, new[] { "-C", folder }.Concat(args), TimeSpan.FromMinutes(1));
                Assert.True(run.ExitCode == 0, run.ToString());
            }

            var findings = GoldenComparison.Compare(CommittedTree.Read(folder, "HEAD", "workspaces"), emission.Files.Select(f => (f.RelativePath, f.Content)));
            output.WriteLine(string.Join("\n", findings));
            Assert.Equal(3, findings.Count);
            Assert.Contains(findings, f => f.StartsWith("differs: " + helmRelease, StringComparison.Ordinal) && f.Contains("-# edited by hand", StringComparison.Ordinal));
            Assert.Contains("missing: " + dropped, findings);
            Assert.Contains("not emitted: " + stale, findings);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
