using System;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using Xunit;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>
/// The values model comes from the chart version the release points at (OCIRepository <c>spec.ref.tag</c> /
/// <c>spec.ref.semver</c> in the same file or folder, <c>spec.chart.spec.version</c>); values of the other major
/// are OCM4008 naming both versions and the key, never a silent reading (issue #12, deliverable 3).
/// </summary>
public sealed class VersionDetectionTests
{
    private static string Release(string version, string values, string refKey = "tag") => $"""
        ---
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: OCIRepository
        metadata:
          name: demo
        spec:
          url: oci://ghcr.io/bjw-s-labs/helm/app-template
          ref:
            {refKey}: "{version}"
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: demo
        spec:
          interval: 1h
          chartRef:
            kind: OCIRepository
            name: demo
          values:
            controllers:
              app:
                containers:
                  app:
                    image: {"{"} repository: ghcr.io/example/app, tag: 1.0.0 {"}"}
        {values}
        """;

    private static ImportResult Import(string text, ImportOptions? options = null) => new HelmReleaseImporter(options).ImportText("demo.yaml", text);

    private static int LineOf(string text, string marker) =>
        text.Split('\n').Select((line, index) => (line, index)).First(entry => entry.line.Contains(marker, StringComparison.Ordinal)).index + 1;

    [Fact]
    public void A_5x_key_in_a_release_pinned_to_4x_is_OCM4008_naming_both_versions_and_the_key()
    {
        var text = Release("4.6.2", "    global:\n      createDefaultServiceAccount: false\n");
        var result = Import(text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.ValuesOfAnotherChartMajor.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal(LineOf(text, "createDefaultServiceAccount"), diagnostic.Line);
        Assert.Contains("4.6.2", diagnostic.Message);
        Assert.Contains("5.x", diagnostic.Message);
        Assert.Contains("values.global.createDefaultServiceAccount", diagnostic.Message);
        Assert.Empty(result.Releases); // refused, not read as 4.x
    }

    [Fact]
    public void A_4x_key_in_a_release_pinned_to_5x_is_OCM4008()
    {
        var text = Release("5.1.0", "    rawResources:\n      extra:\n        apiVersion: v1\n        kind: ConfigMap\n        spec:\n          data: { a: b }\n");
        var result = Import(text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.ValuesOfAnotherChartMajor.Id);
        Assert.Contains("5.1.0", diagnostic.Message);
        Assert.Contains("4.x", diagnostic.Message);
        Assert.Contains("values.rawResources.extra", diagnostic.Message);
        Assert.Empty(result.Releases);
    }

    [Fact]
    public void The_same_values_pinned_to_5x_are_imported_as_typed_5x_values()
    {
        var text = Release("5.1.0", "    global:\n      createDefaultServiceAccount: false\n");
        var result = Import(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var release = Assert.Single(result.Releases);
        Assert.Equal(5, release.ChartMajor);
        Assert.Equal("5.1.0", release.Document.ChartVersion);
        // One major in the import: the project imports the 5.x model's namespace globally, and the code is 5.x code.
        Assert.Equal("OpenCode.Manifests.AppTemplate.V5", result.ModelNamespace);
        Assert.Contains("<Using Include=\"OpenCode.Manifests.AppTemplate.V5\" />", ProjectWriter.ProjectFile(null, result.ModelNamespace));
        Assert.DoesNotContain("using OpenCode.Manifests.AppTemplate;", release.Source);
        Assert.Contains(".CustomizeV5(", release.Source);
        Assert.Contains("CreateDefaultServiceAccount = false", release.Source);
        Assert.DoesNotContain("AdditionalValues", release.Source);
    }

    [Theory]
    [InlineData("4.6.2", "tag", 4)]
    [InlineData(">=4.0.0 <5.0.0", "semver", 4)]
    [InlineData("5.x", "semver", 5)]
    [InlineData("v5.0.1", "tag", 5)]
    public void The_major_comes_from_the_OCIRepository_ref(string version, string refKey, int major)
    {
        var result = Import(Release(version, "", refKey));
        var release = Assert.Single(result.Releases);
        Assert.Equal(major, release.ChartMajor);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticCatalog.ChartVersionNotFound.Id);
    }

    [Fact]
    public void The_major_comes_from_the_chart_spec_version_of_a_HelmRepository_release()
    {
        var text = """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: demo
            spec:
              interval: 1h
              chart:
                spec:
                  chart: app-template
                  version: 5.1.0
                  sourceRef: { kind: HelmRepository, name: bjw-s }
              values:
                global:
                  createDefaultServiceAccount: true
            """;
        var release = Assert.Single(Import(text).Releases);
        Assert.Equal(5, release.ChartMajor);
    }

    [Fact]
    public void Without_a_version_the_release_is_OCM4009_and_a_5x_only_key_makes_it_5x()
    {
        var text = Release("unused", "    global:\n      createDefaultServiceAccount: false\n").Replace("name: demo\nspec:\n  interval", "name: demo\nspec:\n  interval", StringComparison.Ordinal)
            .Replace("    name: demo\n  values", "    name: app-template\n  values", StringComparison.Ordinal);
        var result = Import(text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.ChartVersionNotFound.Id);
        Assert.False(diagnostic.IsError);
        Assert.Equal(LineOf(text, "kind: HelmRelease"), diagnostic.Line);
        Assert.Contains("values.global.createDefaultServiceAccount", diagnostic.Message);
        Assert.Equal(5, Assert.Single(result.Releases).ChartMajor);
    }

    [Fact]
    public void Without_a_version_the_chart_version_option_decides()
    {
        var text = Release("unused", "").Replace("    name: demo\n  values", "    name: app-template\n  values", StringComparison.Ordinal);
        var result = Import(text, new ImportOptions { ChartVersion = "5.1.0" });

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticCatalog.ChartVersionNotFound.Id);
        Assert.Equal(5, Assert.Single(result.Releases).ChartMajor);
    }

    [Fact]
    public void A_major_without_a_model_is_OCM4010()
    {
        var text = Release("3.7.3", "");
        var result = Import(text);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.ImportedChartMajorWithoutModel.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal(LineOf(text, "kind: HelmRelease"), diagnostic.Line);
        Assert.Contains("3.7.3", diagnostic.Message);
        Assert.Empty(result.Releases);
    }

    [Fact]
    public void A_folder_import_resolves_a_shared_OCIRepository_to_the_nearest_definition()
    {
        var root = Path.Combine(Path.GetTempPath(), "ocm-import-versions-" + Guid.NewGuid().ToString("N"));
        try
        {
            var release = Release("unused", "").Split("---\n")[2];
            release = release.Replace("    name: demo\n  values", "    name: app-template\n  values", StringComparison.Ordinal);
            foreach (var (cluster, version) in new[] { ("main", "4.6.2"), ("staging", "5.1.0") })
            {
                Directory.CreateDirectory(Path.Combine(root, cluster, "components"));
                Directory.CreateDirectory(Path.Combine(root, cluster, "apps", "demo", "app"));
                File.WriteAllText(Path.Combine(root, cluster, "components", "ocirepository.yaml"),
                    $"apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: app-template\nspec:\n  url: oci://ghcr.io/bjw-s-labs/helm/app-template\n  ref:\n    tag: {version}\n");
                // Each cluster's copy in its own namespace: one import holds both (same name, same namespace is OCM4013).
                File.WriteAllText(Path.Combine(root, cluster, "apps", "demo", "app", "helmrelease.yaml"),
                    release.Replace("  name: demo\n", $"  name: demo\n  namespace: {cluster}\n", StringComparison.Ordinal));
            }

            var result = new HelmReleaseImporter().ImportPath(root);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticCatalog.ChartVersionNotFound.Id);
            Assert.Equal(new[] { ("4.6.2", 4), ("5.1.0", 5) }, result.Releases.Select(r => (r.Document.ChartVersion!, r.ChartMajor)).ToArray());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_spec_key_the_Flux_model_does_not_type_is_OCM4011_at_its_line_and_the_release_is_not_imported()
    {
        var text = Release("4.6.2", "").Replace("  interval: 1h\n", "  interval: 1h\n  dependOn:\n    - name: postgres\n", StringComparison.Ordinal);
        Assert.Contains("dependOn:", text);
        var result = Import(text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticCatalog.SpecNotTyped.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal(LineOf(text, "dependOn:"), diagnostic.Line);
        Assert.Empty(result.Releases); // an app emitted without the key would change what Flux does
    }

    [Fact]
    public void Every_reported_diagnostic_has_the_severity_of_its_catalogue_entry()
    {
        // OCM4004 used to be reported as an error in one place while its page and the catalogue say warning.
        var result = new HelmReleaseImporter().ImportPath(Infrastructure.RepoPaths.Corpus);
        Assert.NotEmpty(result.Diagnostics);
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Equal(DiagnosticCatalog.Find(diagnostic.Id)!.Severity, diagnostic.Severity);
        }
    }
}
