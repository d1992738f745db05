using System;
using System.IO;
using System.Text;
using OpenCode.Manifests.TestSupport;
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

    /// <summary>The shared line diff (<see cref="TextDiff"/>), verified snapshot against received text.</summary>
    public static string UnifiedDiff(string expected, string actual) =>
        "--- verified\n+++ received\n" + TextDiff.Unified(expected, actual, context: 3, expectedName: "verified", actualName: "received");
}
