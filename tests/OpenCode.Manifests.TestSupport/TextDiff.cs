using System;
using System.Collections.Generic;
using System.Text;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The one line diff (longest common subsequence) of the test projects, for golden-file and snapshot failures:
/// <c>-</c> expected, <c>+</c> actual, hunks with <paramref name="context"/> lines around each change.
/// </summary>
public static class TextDiff
{
    /// <param name="expected">The text on file (committed tree, verified snapshot).</param>
    /// <param name="actual">The text produced now.</param>
    /// <param name="context">Unchanged lines shown around each change.</param>
    /// <param name="expectedName">How hunk headers name the expected side.</param>
    /// <param name="actualName">How hunk headers name the actual side.</param>
    public static string Unified(string expected, string actual, int context = 3, string expectedName = "committed", string actualName = "emitted")
    {
        var a = Split(expected);
        var b = Split(actual);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<(char Op, string Line, int LineA, int LineB)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add((' ', a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] > lcs[x + 1, y]))
            {
                ops.Add(('+', b[y], x + 1, y + 1));
                y++;
            }
            else
            {
                ops.Add(('-', a[x], x + 1, y + 1));
                x++;
            }
        }

        var keep = new bool[ops.Count];
        for (var k = 0; k < ops.Count; k++)
        {
            if (ops[k].Op == ' ')
            {
                continue;
            }

            for (var c = Math.Max(0, k - context); c <= Math.Min(ops.Count - 1, k + context); c++)
            {
                keep[c] = true;
            }
        }

        var sb = new StringBuilder();
        var skipped = false;
        for (var k = 0; k < ops.Count; k++)
        {
            if (!keep[k])
            {
                skipped = true;
                continue;
            }

            if (skipped || k == 0)
            {
                sb.Append("@@ ").Append(expectedName).Append(" line ").Append(ops[k].LineA).Append(", ").Append(actualName).Append(" line ").Append(ops[k].LineB).Append(" @@\n");
                skipped = false;
            }

            sb.Append(ops[k].Op).Append(Visible(ops[k].Line)).Append('\n');
        }

        return sb.ToString();
    }

    private static string[] Split(string text) => text.Split('\n');

    /// <summary>Shows CR, tabs and trailing spaces, which otherwise make a diff look empty.</summary>
    private static string Visible(string line)
    {
        var shown = line.Replace("\r", "\\r").Replace("\t", "\\t");
        var trimmed = shown.TrimEnd(' ');
        return trimmed.Length == shown.Length ? shown : trimmed + new string('·', shown.Length - trimmed.Length);
    }
}
