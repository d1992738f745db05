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

/// <summary>The committed tree under workspaces/ is exactly what the pipeline emits, in the emitted conventions.</summary>
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

    [Fact]
    public void Every_file_follows_the_emitted_text_conventions()
    {
        var problems = new StringBuilder();
        foreach (var file in Emitted.Emission.Files)
        {
            var bytes = file.Content.ToArray();
            var path = file.RelativePath;
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                problems.Append(path).Append(": starts with a UTF-8 BOM\n");
            }

            if (bytes.Contains((byte)'\r'))
            {
                problems.Append(path).Append(": contains CR (only LF line endings)\n");
            }

            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            if (!text.EndsWith("\n", StringComparison.Ordinal) || text.EndsWith("\n\n", StringComparison.Ordinal))
            {
                problems.Append(path).Append(": does not end with exactly one newline\n");
            }

            var lines = text.TrimEnd('\n').Split('\n');
            if (lines[0] != "---")
            {
                problems.Append(path).Append(": first line is '").Append(lines[0]).Append("', not '---'\n");
            }

            if (lines.Length < 3 || !lines[1].StartsWith("# yaml-language-server: $schema=https://", StringComparison.Ordinal))
            {
                problems.Append(path).Append(": second line is not the yaml-language-server schema line\n");
            }

            if (!lines.Take(5).Contains(GeneratedFileMarker.Line))
            {
                problems.Append(path).Append(": the generated-file marker is not in the header\n");
            }

            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].EndsWith(' ') || lines[i].EndsWith('\t'))
                {
                    problems.Append(path).Append(':').Append(i + 1).Append(": trailing whitespace\n");
                }

                if (lines[i].Contains('\t'))
                {
                    problems.Append(path).Append(':').Append(i + 1).Append(": tab character\n");
                }
            }

            // The writer can only recognise what it owns through the marker.
            var temp = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(temp, bytes);
                if (!GeneratedFileMarker.IsMarked(new StringReader(File.ReadAllText(temp))))
                {
                    problems.Append(path).Append(": GeneratedFileMarker.IsMarked is false\n");
                }
            }
            finally
            {
                File.Delete(temp);
            }
        }

        Assert.True(problems.Length == 0, problems.ToString());
    }

    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        var first = Emitted.Run();
        var second = Emitted.Run();
        Assert.Equal(first.Files.Select(f => f.RelativePath), second.Files.Select(f => f.RelativePath));
        foreach (var (a, b) in first.Files.Zip(second.Files))
        {
            Assert.True(a.Content.Span.SequenceEqual(b.Content.Span), $"{a.RelativePath} differs between two runs");
        }
    }

    [Fact]
    public void A_mismatch_is_shown_as_a_line_diff()
    {
        var diff = TextDiff.Unified("---\na: 1\nb: 2\nc: 3\n", "---\na: 1\nb: 20 \nc: 3\n");
        Assert.Contains("-b: 2\n", diff, StringComparison.Ordinal);
        Assert.Contains("+b: 20·\n", diff, StringComparison.Ordinal); // trailing space made visible
        Assert.Contains("@@ committed line 1, emitted line 1 @@", diff, StringComparison.Ordinal);
    }
}
