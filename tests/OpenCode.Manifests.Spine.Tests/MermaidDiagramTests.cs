using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// Issue 16 item 3: every app gets a generated <c>README.md</c> next to its Flux folder with a Mermaid diagram of what it
/// runs, and Mermaid's own parser (npm <c>mermaid</c> under node, installed by .ci/run into artifacts/mermaid) accepts
/// every emitted diagram; a label with unescaped quotes is refused by the same parser (the oracle can fail).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class MermaidDiagramTests
{
    private static readonly Regex MermaidBlock = new("```mermaid\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [Fact]
    public void Every_app_has_a_marked_readme_with_one_diagram_of_its_mounts_secrets_and_routes()
    {
        var readmes = Emitted.Emission.Files.Where(f => f.RelativePath.EndsWith("/" + AppReadme.FileName, StringComparison.Ordinal)).ToList();
        Assert.Equal(Emitted.WorkspaceNames.Select(n => $"kubernetes/apps/opencode/{n}/README.md"), readmes.Select(f => f.RelativePath));
        var text = Text(readmes.Single(f => f.RelativePath.Contains("opencode-ha", StringComparison.Ordinal)));
        Assert.StartsWith(GeneratedFileMarker.MarkdownLine + "\n", text, StringComparison.Ordinal);
        Assert.True(GeneratedFileMarker.IsMarked(new StringReader(text)));
        var diagram = Assert.Single(MermaidBlock.Matches(text)).Groups[1].Value;
        Assert.Contains("chart app-template 4.4.0", diagram, StringComparison.Ordinal);
        Assert.Contains("container app<br/>ghcr.io/anomalyco/opencode:", diagram, StringComparison.Ordinal);
        Assert.Contains("-->|\"/workspace<br/>subPath workspace\"|", diagram, StringComparison.Ordinal);
        Assert.Contains("-->|\"env OPENCODE_SERVER_PASSWORD\"|", diagram, StringComparison.Ordinal);
        Assert.Contains("COPILOT_AUTH_JSON → copilot-auth.json", diagram, StringComparison.Ordinal);
        Assert.Contains("((\"ha.opencode.${SECRET_DOMAIN}\"))", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Mermaids_own_parser_accepts_every_emitted_diagram()
    {
        var diagrams = Emitted.Emission.Files
            .Where(f => f.RelativePath.EndsWith("/" + AppReadme.FileName, StringComparison.Ordinal))
            .Select(f => (Name: f.RelativePath, Diagram: Assert.Single(MermaidBlock.Matches(Text(f))).Groups[1].Value))
            .ToList();
        Assert.Equal(Emitted.WorkspaceNames.Length, diagrams.Count);
        var results = Parse(diagrams);
        Assert.All(results, r => Assert.True(r.Ok, r.Line));
    }

    [Fact]
    public void Negative_control_unescaped_quotes_are_refused_and_the_escaped_label_is_accepted()
    {
        const string nasty = "he said \"hi\" ] [x] | y";
        var raw = $"flowchart LR\n  a[\"{nasty}\"] -->|\"1 | 2 \"q\"\"| b\n";
        var escaped = $"flowchart LR\n  a[\"{MermaidText.Label(nasty)}\"] -->|\"{MermaidText.Label("1 | 2 \"q\"")}\"| b\n";
        var results = Parse(new[] { ("raw", raw), ("escaped", escaped) });
        Assert.False(results[0].Ok, "the parser accepted unescaped quotes: " + results[0].Line);
        Assert.True(results[1].Ok, results[1].Line);
    }

    private static string Text(TreeFile file) => Encoding.UTF8.GetString(file.Content.Span);

    /// <summary>Runs parse.mjs over the diagrams (one node process); per diagram whether it parsed and the script's line.</summary>
    private static List<(bool Ok, string Line)> Parse(IEnumerable<(string Name, string Diagram)> diagrams)
    {
        var node = Tools.Require("node", "apt-get install nodejs");
        var modules = Path.Combine(RepositoryPaths.Root, "artifacts", "mermaid", "node_modules");
        Assert.True(
            Directory.Exists(Path.Combine(modules, "mermaid")) && Directory.Exists(Path.Combine(modules, "jsdom")),
            $"npm mermaid and jsdom are not installed in {modules}; run .ci/run (or: npm install --prefix artifacts/mermaid mermaid jsdom)");
        var folder = Path.Combine(Path.GetTempPath(), "ocm-mermaid-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new List<string>();
            foreach (var (name, diagram) in diagrams)
            {
                var file = Path.Combine(folder, files.Count + ".mmd");
                File.WriteAllText(file, diagram);
                files.Add(file);
            }

            var script = Path.Combine(RepositoryPaths.Root, "tests", "OpenCode.Manifests.Spine.Tests", "Mermaid", "parse.mjs");
            var run = Tools.Run(node, new[] { script }.Concat(files), TimeSpan.FromMinutes(2), folder, new Dictionary<string, string?> { ["MERMAID_MODULES"] = modules });
            var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length == files.Count, "parse.mjs did not answer for every diagram:\n" + run);
            return lines.Select(l => (l.StartsWith("ok ", StringComparison.Ordinal), l)).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
