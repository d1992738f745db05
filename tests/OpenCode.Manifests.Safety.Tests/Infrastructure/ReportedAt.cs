using System;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Pipeline;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests.Infrastructure;

/// <summary>
/// Assertions for the opt-outs of real releases: the build reports an id at exactly one C# line (the negative
/// control), or does not report it at all (the opt-out). Every diagnostic is printed on failure, so a test that
/// fails says what the build said instead.
/// </summary>
internal static class ReportedAt
{
    /// <summary>Every <paramref name="id"/> the build reports is an error at <paramref name="expected"/>, and there is at least one.</summary>
    public static void Line(Emission emission, string id, SourceLocation expected, string what)
    {
        var all = string.Join("\n", emission.Diagnostics);
        var matching = emission.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count >= 1, $"{what}: expected {id} at line {expected.Line}, got:\n{all}");
        foreach (var diagnostic in matching)
        {
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.True(expected.FilePath == diagnostic.Location.FilePath && expected.Line == diagnostic.Location.Line,
                $"{what}: expected {id} at {expected.FilePath}({expected.Line}), got {diagnostic}");
            Assert.Contains($": error {id}: ", diagnostic.ToString(), StringComparison.Ordinal);
        }

        Assert.Empty(emission.Files); // an error stops the build: nothing reaches YAML
    }

    /// <summary>The build reports nothing at all and writes the app's files.</summary>
    public static void Nothing(Emission emission, string what)
    {
        Assert.True(emission.Diagnostics.Count == 0, $"{what}: expected no diagnostic, got:\n{string.Join("\n", emission.Diagnostics)}");
        Assert.NotEmpty(emission.Files);
    }
}
