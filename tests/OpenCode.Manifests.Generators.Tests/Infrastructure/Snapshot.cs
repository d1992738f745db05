using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests.Infrastructure;

/// <summary>
/// Compares generated text with <c>Snapshots/&lt;name&gt;.verified.cs</c>. On a mismatch it writes
/// <c>&lt;name&gt;.received.cs</c> beside it and fails with a diff; with <c>OCM_ACCEPT_SNAPSHOTS=1</c> it
/// overwrites the verified file instead.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual) =>
        Verify(RepoPaths.Snapshots, name, actual, Environment.GetEnvironmentVariable("OCM_ACCEPT_SNAPSHOTS") == "1");

    /// <summary>
    /// Compares with <c>&lt;name&gt;.verified.cs</c> in <paramref name="directory"/>; <paramref name="accept"/>
    /// overwrites it instead. The negative-control tests call this on a copy, never on the committed snapshots.
    /// </summary>
    public static void Verify(string directory, string name, string actual, bool accept)
    {
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = NormalizeNewlines(actual);

        if (accept)
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            Assert.Fail("No verified snapshot " + verifiedPath + ". Review " + receivedPath + " and rerun with OCM_ACCEPT_SNAPSHOTS=1 to accept it.");
        }

        var expected = NormalizeNewlines(File.ReadAllText(verifiedPath));
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        Assert.Fail(
            "Generated source differs from " + verifiedPath + " (received: " + receivedPath + "; OCM_ACCEPT_SNAPSHOTS=1 accepts it):\n"
            + UnifiedDiff(expected, actual));
    }

    public static string NormalizeNewlines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>A line diff (longest common subsequence) shown as hunks with three lines of context.</summary>
    public static string UnifiedDiff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Op, string Text, int LineA, int LineB)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x], x, y));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lines.Add(('+', b[y], x, y));
                y++;
            }
            else
            {
                lines.Add(('-', a[x], x, y));
                x++;
            }
        }

        var output = new StringBuilder("--- verified\n+++ received\n");
        const int context = 3;
        var shown = 0;
        for (var k = 0; k < lines.Count && shown < 400; k++)
        {
            var near = false;
            for (var m = Math.Max(0, k - context); m <= Math.Min(lines.Count - 1, k + context); m++)
            {
                if (lines[m].Op != ' ')
                {
                    near = true;
                    break;
                }
            }

            if (!near)
            {
                continue;
            }

            if (k == 0 || !IsNear(lines, k - 1, context))
            {
                output.Append("@@ -").Append(lines[k].LineA + 1).Append(" +").Append(lines[k].LineB + 1).Append(" @@\n");
            }

            output.Append(lines[k].Op).Append(lines[k].Text).Append('\n');
            shown++;
        }

        return output.ToString();
    }

    private static bool IsNear(List<(char Op, string Text, int LineA, int LineB)> lines, int k, int context)
    {
        for (var m = Math.Max(0, k - context); m <= Math.Min(lines.Count - 1, k + context); m++)
        {
            if (lines[m].Op != ' ')
            {
                return true;
            }
        }

        return false;
    }
}
