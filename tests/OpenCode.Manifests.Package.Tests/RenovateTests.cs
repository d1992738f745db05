using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// The Renovate <c>customManagers</c> entry the README gives, applied as Renovate applies it (its file pattern over
/// the repository's files, its match string over each file's text), finds every version pin that reaches the committed
/// YAML, and nothing else.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class RenovateTests
{
    private static readonly string[] SourceFolders = { "src", "workspaces" };
    private static readonly Regex Annotation = new(@"//\s*renovate:", RegexOptions.Compiled);

    private readonly ITestOutputHelper output;

    public RenovateTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_README_regex_finds_exactly_the_pins_that_reach_the_emitted_yaml()
    {
        var (filePattern, matchString) = ReadmeCustomManager();
        var found = new List<(string File, string Datasource, string DepName, string Version)>();
        var annotations = 0;
        foreach (var file in SourceFiles().Where(f => filePattern.IsMatch(f)))
        {
            var text = File.ReadAllText(Repo.File(file));
            annotations += Annotation.Matches(text).Count;
            foreach (Match match in matchString.Matches(text))
            {
                found.Add((file, match.Groups["datasource"].Value, match.Groups["depName"].Value, match.Groups["currentValue"].Value));
            }
        }

        foreach (var pin in found)
        {
            output.WriteLine($"{pin.File}: {pin.Datasource} {pin.DepName} {pin.Version}");
        }

        // Every annotation is matched (none is written in a form the regex misses).
        Assert.Equal(annotations, found.Count);
        Assert.All(found, pin => Assert.Equal("docker", pin.Datasource));

        var emitted = EmittedPins();
        foreach (var pin in emitted)
        {
            output.WriteLine($"emitted: {pin}");
        }

        Assert.NotEmpty(emitted);
        var foundPins = found.Select(p => $"{p.DepName}:{p.Version}").ToHashSet(StringComparer.Ordinal);
        Assert.True(emitted.SetEquals(foundPins),
            $"pins in the committed YAML: {string.Join(", ", emitted.Order())}; pins the README regex finds in C#: {string.Join(", ", foundPins.Order())}");
    }

    [Fact]
    public void The_regex_reads_a_consumer_override_and_a_digest()
    {
        var (_, matchString) = ReadmeCustomManager();
        const string source = """
            public OpencodeNotes() : base("opencode-notes", GitHub.Repository("ORG", "notes"), "notes.opencode")
            {
                Image =
                    // renovate: datasource=docker depName=ghcr.io/anomalyco/opencode
                    new PinnedImage("ghcr.io/anomalyco/opencode", "1.18.40", "sha256:0123abcd");
            }
            """;
        var match = Assert.Single(matchString.Matches(source));
        Assert.Equal("ghcr.io/anomalyco/opencode", match.Groups["depName"].Value);
        Assert.Equal("1.18.40", match.Groups["currentValue"].Value);
        Assert.Equal("sha256:0123abcd", match.Groups["currentDigest"].Value);
    }

    /// <summary>The README's renovate.json example: its file pattern (<c>/regex/</c>) and its match string.</summary>
    private static (Regex FilePattern, Regex MatchString) ReadmeCustomManager()
    {
        var readme = File.ReadAllText(Repo.File("README.md"));
        var json = Regex.Matches(readme, "```json\n(?<body>.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups["body"].Value)
            .Single(b => b.Contains("customManagers", StringComparison.Ordinal));
        using var document = JsonDocument.Parse(json);
        var manager = document.RootElement.GetProperty("customManagers").EnumerateArray().Single();
        Assert.Equal("regex", manager.GetProperty("customType").GetString());
        var pattern = manager.GetProperty("managerFilePatterns").EnumerateArray().Single().GetString()!;
        Assert.Matches("^/.+/$", pattern);
        var matchString = manager.GetProperty("matchStrings").EnumerateArray().Single().GetString()!;
        return (new Regex(pattern.Substring(1, pattern.Length - 2)), new Regex(matchString));
    }

    /// <summary>The repository's files under src/ and workspaces/, slash-separated and relative, without build output.</summary>
    private static IEnumerable<string> SourceFiles() =>
        SourceFolders.SelectMany(folder => Directory.EnumerateFiles(Repo.File(folder), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"));

    /// <summary>Every image (repository:tag) and chart (OCI address:tag) the committed tree pins.</summary>
    private static HashSet<string> EmittedPins()
    {
        var pins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Repo.File("workspaces/kubernetes"), "*.yaml", SearchOption.AllDirectories))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            foreach (var document in stream.Documents)
            {
                Collect(document.RootNode, pins);
            }
        }

        return pins;
    }

    private static void Collect(YamlNode node, HashSet<string> pins)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var kind = Value(mapping, "kind");
                if (kind == "OCIRepository" && mapping.Children.TryGetValue(new YamlScalarNode("spec"), out var spec) && spec is YamlMappingNode specMapping)
                {
                    var url = Value(specMapping, "url") ?? "";
                    var tag = specMapping.Children.TryGetValue(new YamlScalarNode("ref"), out var reference) && reference is YamlMappingNode refMapping ? Value(refMapping, "tag") : null;
                    Assert.StartsWith("oci://", url, StringComparison.Ordinal);
                    Assert.False(tag is null, "an OCIRepository without ref.tag");
                    pins.Add($"{url.Substring("oci://".Length)}:{tag}");
                }

                if (Value(mapping, "repository") is { } repository && Value(mapping, "tag") is { } imageTag)
                {
                    pins.Add($"{repository}:{imageTag}");
                }

                foreach (var child in mapping.Children.Values)
                {
                    Collect(child, pins);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Collect(child, pins);
                }

                break;
        }
    }

    private static string? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
