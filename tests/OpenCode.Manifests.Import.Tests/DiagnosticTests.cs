using System.IO;
using System.Linq;
using OpenCode.Manifests.Import.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>Each importer diagnostic (OCM4001–OCM4007) at the YAML line that caused it; bad input never throws.</summary>
public sealed class DiagnosticTests
{
    private const string Header = """
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: demo
        spec:
          interval: 1h
          chartRef:
            kind: OCIRepository
            name: app-template
          values:

        """;

    private static ImportResult Import(string text) => new HelmReleaseImporter().ImportText("demo.yaml", text);

    private static ImportDiagnostic Single(ImportResult result, string id)
    {
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"expected one {id}, got: {string.Join("\n", result.Diagnostics)}");
        return matching[0];
    }

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that contains <paramref name="marker"/>.</summary>
    private static int LineOf(string text, string marker) =>
        text.Split('\n').Select((line, index) => (line, index)).First(entry => entry.line.Contains(marker)).index + 1;

    [Theory]
    [InlineData("truncated", "    controllers:\n      app:\n        containers: [ {a: 1}, ", "containers: [")]
    [InlineData("bad indentation", "    controllers:\n      app:\n        type: deployment\n       replicas: 2\n", "replicas: 2")]
    [InlineData("tab indentation", "    controllers:\n\tapp:\n        type: deployment\n", "\tapp:")]
    [InlineData("unclosed quote", "    controllers:\n      app:\n        type: \"deployment\n        replicas: 1\n", "type: \"deployment")]
    public void Malformed_yaml_is_OCM4001_with_file_and_line(string what, string values, string marker)
    {
        var text = Header + values;
        var result = Import(text);

        var diagnostic = Single(result, OpenCode.Manifests.Diagnostics.DiagnosticCatalog.MalformedYaml.Id);
        Assert.True(diagnostic.IsError, what);
        Assert.Empty(result.Releases);
        Assert.Equal("demo.yaml", diagnostic.File);
        // The parser notices the problem on the offending line or at most where the broken construct ends.
        var expected = LineOf(text, marker);
        Assert.InRange(diagnostic.Line, expected, expected + 2);
        Assert.StartsWith($"demo.yaml({diagnostic.Line},", diagnostic.ToString());
        Assert.Contains(": error OCM4001: malformed YAML", diagnostic.ToString());
    }

    [Fact]
    public void Malformed_yaml_through_the_command_exits_1_with_canonical_message()
    {
        var file = Path.Combine(Path.GetTempPath(), "ocm-import-" + System.Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(file, Header + "    controllers:\n\tapp: {}\n");
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = ImportCommand.Run(new[] { file }, stdout, stderr);
            Assert.Equal(1, exit);
            Assert.Contains($"{file}(13,1): error OCM4001: malformed YAML", stderr.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Values_that_do_not_fit_the_model_are_OCM4002_at_the_value()
    {
        var text = Header + "    controllers:\n      app:\n        containers:\n          app:\n            image: ghcr.io/example/app:1.0\n";
        var diagnostic = Single(Import(text), OpenCode.Manifests.Diagnostics.DiagnosticCatalog.ValuesNotReadable.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal(LineOf(text, "image: ghcr.io"), diagnostic.Line);
    }

    [Fact]
    public void A_HelmRelease_of_another_chart_is_OCM4003_at_its_kind()
    {
        var text = Header.Replace("name: app-template", "name: podinfo") + "    replicaCount: 1\n";
        var result = Import(text);
        var diagnostic = Single(result, OpenCode.Manifests.Diagnostics.DiagnosticCatalog.NothingToImport.Id);
        Assert.False(diagnostic.IsError);
        Assert.Equal(LineOf(text, "kind: HelmRelease"), diagnostic.Line);
        Assert.Empty(result.Releases);
    }

    [Fact]
    public void An_unknown_key_is_kept_as_free_form_and_reported_OCM4004_at_its_line()
    {
        var file = Path.Combine(RepoPaths.Corpus, "24-unknown-keys.yaml");
        var text = File.ReadAllText(file);
        var result = new HelmReleaseImporter().ImportPath(file);
        var diagnostic = Single(result, OpenCode.Manifests.Diagnostics.DiagnosticCatalog.KeptAsFreeForm.Id);
        Assert.Equal(LineOf(text, "customTopLevel:"), diagnostic.Line);
        Assert.Contains("customTopLevel", diagnostic.Message);
        Assert.Contains("AdditionalValues", result.Releases.Single().Source);
        Assert.Contains("OCM4004", result.Releases.Single().Source); // reported in the generated file's header too
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_placeholder_in_a_Kubernetes_number_field_is_typed_C_sharp()
    {
        // Kubernetes types are generated with placeholder-capable numbers, so nothing is kept as YAML text.
        var file = Path.Combine(RepoPaths.Corpus, "23-flux-placeholders.yaml");
        var result = new HelmReleaseImporter().ImportPath(file);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Contains("Integer.FromPlaceholder(", result.Releases.Single().Source);
        Assert.DoesNotContain("ValuesYaml.Deserialize<", result.Releases.Single().Source);
    }

    [Fact]
    public void A_missing_input_is_OCM4006()
    {
        var result = new HelmReleaseImporter().ImportPath("/nonexistent/helmrelease.yaml");
        var diagnostic = Single(result, OpenCode.Manifests.Diagnostics.DiagnosticCatalog.InputNotReadable.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal("/nonexistent/helmrelease.yaml: error OCM4006: the file or folder does not exist or cannot be read.", diagnostic.ToString());
    }

    [Fact]
    public void A_mount_for_a_container_that_does_not_exist_is_OCM4007_at_its_key()
    {
        var text = Header + """
                controllers:
                  app:
                    containers:
                      app:
                        image: { repository: ghcr.io/example/app, tag: 1.0.0 }
                persistence:
                  data:
                    type: emptyDir
                    advancedMounts:
                      app:
                        ap:
                          - path: /data
            """;
        var result = Import(text);
        var diagnostic = Single(result, OpenCode.Manifests.Diagnostics.DiagnosticCatalog.DanglingMount.Id);
        Assert.Equal(LineOf(text, " ap:"), diagnostic.Line);
        Assert.Contains("no container 'ap'", diagnostic.Message);
        Assert.Single(result.Releases); // imported as written: the round trip stays lossless
    }
}
