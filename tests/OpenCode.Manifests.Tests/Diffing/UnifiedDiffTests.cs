using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Diffing;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Tests.Diffing;

/// <summary>
/// The product's unified diff (check mode): golden files written by GNU <c>diff -u</c> (with <c>--label</c>) for the
/// shapes check mode prints, git's own <c>git apply</c>
/// as the oracle that the hunks are a correct patch, the per-file cap with its note, colours only when asked for.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class UnifiedDiffTests
{
    private const string Path0 = "workspaces/kubernetes/apps/opencode/opencode-ha/app/helmrelease.yaml";

    private static readonly string Before = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"line {i}")) + "\n";

    /// <summary>Two changes far apart (two hunks), one near the end (a short hunk), an insertion and a removal.</summary>
    private static readonly string After = Before
        .Replace("line 3\n", "line three\n", StringComparison.Ordinal)
        .Replace("line 15\n", "line 15\nline 15a\n", StringComparison.Ordinal)
        .Replace("line 29\n", string.Empty, StringComparison.Ordinal);

    [Theory]
    [InlineData("changed", false, false)]
    [InlineData("created", true, false)]
    [InlineData("deleted", false, true)]
    public void The_diff_matches_its_golden_file(string name, bool created, bool deleted)
    {
        var lines = UnifiedDiff.Of(Path0, created ? null : Before, deleted ? null : After, maxLines: 1000);
        var text = Render(lines, color: false);
        var golden = Path.Combine(RepositoryPaths.Root, "tests", "OpenCode.Manifests.Tests", "Diffing", "Golden", name + ".diff");
        var expected = File.ReadAllText(golden);
        Assert.True(expected == text, "the diff differs from " + golden + ":\n" + TextDiff.Unified(expected, text, expectedName: "golden", actualName: "now"));
    }

    [Fact]
    public void Equal_texts_give_no_diff() =>
        Assert.Empty(UnifiedDiff.Of(Path0, Before, Before, maxLines: 10));

    [Fact]
    public void A_missing_last_line_end_is_a_difference_git_would_show()
    {
        var text = Render(UnifiedDiff.Of(Path0, "a\nb", "a\nb\n", maxLines: 100), color: false);
        Assert.Equal("--- a/" + Path0 + "\n+++ b/" + Path0 + "\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n", text);
    }

    [Fact]
    public void The_cap_cuts_the_hunks_and_says_what_it_cut()
    {
        var lines = UnifiedDiff.Of(Path0, Before, After, maxLines: 4);
        Assert.Equal(2 + 4 + 1, lines.Count);
        var note = lines[^1];
        Assert.Equal(DiffOutputKind.Note, note.Kind);
        Assert.Contains("more diff lines of " + Path0 + " not shown (cap 4 per file; the whole change removes 2 and adds 2 lines)", note.Text, StringComparison.Ordinal);

        // Negative control: under the cap, no note.
        Assert.DoesNotContain(UnifiedDiff.Of(Path0, Before, After, maxLines: 1000), l => l.Kind == DiffOutputKind.Note);
    }

    [Fact]
    public void Colours_only_when_asked_for()
    {
        var lines = UnifiedDiff.Of(Path0, Before, After, maxLines: 1000);
        var plain = Render(lines, color: false);
        var coloured = Render(lines, color: true);
        Assert.DoesNotContain('\u001b', plain);
        Assert.Contains("\u001b[31m-line 3\u001b[m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[32m+line three\u001b[m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[36m@@ ", coloured, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, null, true, ColorChoice.Auto, true)]
    [InlineData(null, null, null, false, ColorChoice.Auto, false)] // redirected
    [InlineData("true", null, null, true, ColorChoice.Auto, false)] // CI
    [InlineData(null, "1", null, true, ColorChoice.Auto, false)] // NO_COLOR
    [InlineData(null, null, "dumb", true, ColorChoice.Auto, false)]
    [InlineData("false", "", "xterm", true, ColorChoice.Auto, true)]
    [InlineData("true", null, null, false, ColorChoice.Always, true)]
    [InlineData(null, null, null, true, ColorChoice.Never, false)]
    public void Auto_colours_on_a_terminal_and_not_under_CI_NO_COLOR_or_a_dumb_terminal(string? ci, string? noColor, string? term, bool terminal, ColorChoice choice, bool expected)
    {
        var facts = new ConsoleFacts(new Dictionary<string, string?> { ["CI"] = ci, ["NO_COLOR"] = noColor, ["TERM"] = term }, terminal);
        Assert.Equal(expected, facts.UseColor(choice));
    }

    /// <summary>
    /// The oracle: git applies each diff to the old text and gets the new one, for edits at the start, middle and end,
    /// insertions, removals, a file made from nothing and the last line's end; a corrupted hunk is refused.
    /// </summary>
    [Fact]
    public void Git_applies_every_diff_and_gets_the_new_text()
    {
        var git = Tools.Require("git", "apt-get install git");
        var cases = new List<(string Old, string New)>
        {
            (Before, After),
            (Before, "line 0\n" + Before),
            (Before, Before.Replace("line 1\n", string.Empty, StringComparison.Ordinal)),
            (Before, Before + "line 31\n"),
            (Before, string.Join('\n', Enumerable.Range(1, 30).Reverse().Select(i => $"line {i}")) + "\n"),
            ("a\nb", "a\nb\n"),
            ("a\nb\n", "a\nc"),
            (string.Empty, "new\nfile\n"),
        };
        var folder = Path.Combine(Path.GetTempPath(), "ocm-diff-apply-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (old, @new) in cases)
            {
                var file = Path.Combine(folder, "file.yaml");
                File.WriteAllBytes(file, Encoding.UTF8.GetBytes(old));
                var patch = Path.Combine(folder, "change.diff");
                File.WriteAllBytes(patch, Encoding.UTF8.GetBytes(Render(UnifiedDiff.Of("file.yaml", old, @new, maxLines: 1000), color: false)));
                var run = Tools.Run(git, new[] { "apply", "--unidiff-zero", "change.diff" }, TimeSpan.FromSeconds(30), folder);
                Assert.True(run.ExitCode == 0, "git apply refused the diff:\n" + run.Both + "\n" + File.ReadAllText(patch));
                Assert.Equal(@new, Encoding.UTF8.GetString(File.ReadAllBytes(file)));
            }

            // Negative control: a hunk whose context is not in the file is refused.
            File.WriteAllText(Path.Combine(folder, "file.yaml"), Before);
            var wrong = Render(UnifiedDiff.Of("file.yaml", Before, After, maxLines: 1000), color: false).Replace("\n line 2\n", "\n line two\n", StringComparison.Ordinal);
            Assert.NotEqual(Render(UnifiedDiff.Of("file.yaml", Before, After, maxLines: 1000), color: false), wrong);
            File.WriteAllText(Path.Combine(folder, "change.diff"), wrong);
            var refused = Tools.Run(git, new[] { "apply", "change.diff" }, TimeSpan.FromSeconds(30), folder);
            Assert.NotEqual(0, refused.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Render(IReadOnlyList<DiffOutputLine> lines, bool color)
    {
        var writer = new StringWriter { NewLine = "\n" };
        DiffPrinter.Write(writer, lines, color);
        return writer.ToString();
    }
}
