using System;
using System.IO;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using OpenCode.Manifests.Generators.Tests.Registry;
using Xunit;
using Xunit.Sdk;

namespace OpenCode.Manifests.Generators.Tests;

/// <summary>
/// Negative controls for <see cref="Snapshot.Verify(string, string)"/>: a snapshot test that cannot fail proves
/// nothing. Each works on a copy in a temporary folder, so the committed snapshots are never touched.
/// </summary>
public sealed class SnapshotVerifyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ocm-snapshot-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_changed_line_fails_with_a_diff_and_leaves_the_received_file()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "Sample.verified.cs"), "a\nb\nc\n");

        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.Verify(_folder, "Sample", "a\nB\nc\n", accept: false));

        Assert.Contains("-b\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+B\n", failure.Message, StringComparison.Ordinal);
        Assert.Equal("a\nB\nc\n", File.ReadAllText(Path.Combine(_folder, "Sample.received.cs")));
        Assert.Equal("a\nb\nc\n", File.ReadAllText(Path.Combine(_folder, "Sample.verified.cs")));
    }

    [Fact]
    public void A_missing_snapshot_fails()
    {
        Assert.ThrowsAny<XunitException>(() => Snapshot.Verify(_folder, "Missing", "a\n", accept: false));
        Assert.True(File.Exists(Path.Combine(_folder, "Missing.received.cs")));
    }

    [Fact]
    public void The_committed_registry_snapshot_catches_a_moved_column()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(RepoPaths.Snapshots, "RegistryWithEntryPoint.verified.cs"), Path.Combine(_folder, "RegistryWithEntryPoint.verified.cs"));
        var actual = RegistryHarness.RegistrySource(RegistryHarness.Run(entryPoint: true, RegistrySamples.Project))!;

        // Unchanged, it passes; with one entry's column moved (what the old attribute-list column did), it fails.
        Snapshot.Verify(_folder, "RegistryWithEntryPoint", actual, accept: false);
        var location = new Regex(@"(SourceLocation\(@""[^""]+"", \d+, )(\d+)\)", RegexOptions.None, TimeSpan.FromSeconds(5));
        var moved = location.Replace(actual, m => m.Groups[1].Value + "1)", 1);
        Assert.NotEqual(actual, moved);
        Assert.ThrowsAny<XunitException>(() => Snapshot.Verify(_folder, "RegistryWithEntryPoint", moved, accept: false));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
