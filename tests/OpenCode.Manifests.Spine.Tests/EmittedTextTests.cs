using System;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>The emitted files follow the text conventions (LF, no BOM, header, marker) and are deterministic.</summary>
public sealed class EmittedTextTests
{
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
            if (path.EndsWith(".md", StringComparison.Ordinal))
            {
                // The app's picture: markdown, marked on its first line.
                if (lines[0] != GeneratedFileMarker.MarkdownLine)
                {
                    problems.Append(path).Append(": first line is not the markdown generated-file marker\n");
                }
            }
            else
            {
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
