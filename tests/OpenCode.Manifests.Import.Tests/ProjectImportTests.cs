using System;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Import.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>
/// <c>ocm-import --project</c>: a csproj (package or <c>--library</c> reference) and one file per release; the file
/// mode's octal form; the whole HelmRelease spec as Flux reads it, with a negative control for that comparison.
/// </summary>
public sealed class ProjectImportTests
{
    private const string Release = """
        ---
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: OCIRepository
        metadata:
          name: demo
        spec:
          url: oci://ghcr.io/bjw-s-labs/helm/app-template
          ref:
            tag: 4.6.2
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata:
          name: demo
        spec:
          interval: 30m
          chartRef:
            kind: OCIRepository
            name: demo
          install:
            remediation:
              retries: -1
          upgrade:
            cleanupOnFail: true
          dependsOn:
            - name: postgres
              namespace: database
          valuesFrom:
            - kind: Secret
              name: demo-values
          driftDetection:
            mode: enabled
          values:
            controllers:
              app:
                containers:
                  app:
                    image: { repository: ghcr.io/example/app, tag: 1.0.0 }
            persistence:
              scripts:
                type: configMap
                name: scripts
                defaultMode: 0775
                globalMounts:
                  - path: /scripts
        """;

    private static ImportResult Import() => new HelmReleaseImporter().ImportText("demo.yaml", Release);

    [Fact]
    public void An_octal_file_mode_stays_the_number_Flux_reads_and_says_its_octal_form()
    {
        var source = Assert.Single(Import().Releases).Source;
        // YAML 1.1 (Flux) reads 0775 as octal: 509. Writing 775 would give the file mode 01407.
        Assert.Contains("DefaultMode = 509, // 0775", source);
        Assert.DoesNotContain("DefaultMode = 775", source);
    }

    [Fact]
    public void An_octal_file_mode_round_trips_as_Flux_reads_it()
    {
        var outcome = Assert.Single(ImportRoundTrip.Run(Import().Releases, r => r.Document.Name));
        Assert.True(outcome.IsLossless, outcome.ToString());
    }

    [Fact]
    public void The_whole_spec_is_built_and_compared()
    {
        var release = Assert.Single(Import().Releases);
        foreach (var expected in new[] { "Interval = \"30m\"", "DependsOn = [new() { Name = \"postgres\", Namespace = \"database\" }]", "ValuesFrom =", "DriftDetection =", "CleanupOnFail = true" })
        {
            Assert.Contains(expected, release.Source);
        }

        var outcome = Assert.Single(ImportRoundTrip.Run(new[] { release }, r => r.Document.Name));
        Assert.True(outcome.IsLossless, outcome.ToString());
    }

    [Fact]
    public void A_spec_that_differs_fails_the_comparison()
    {
        // Negative control: the generated code with dependsOn changed must not pass as equal.
        var release = Assert.Single(Import().Releases);
        var changed = release with { Source = release.Source.Replace("Name = \"postgres\"", "Name = \"mariadb\"", StringComparison.Ordinal) };
        Assert.NotEqual(release.Source, changed.Source);
        var outcome = Assert.Single(ImportRoundTrip.Run(new[] { changed }, r => r.Document.Name));
        Assert.False(outcome.IsLossless);
        Assert.Contains("HelmRelease spec differs", outcome.ToString());
    }

    [Fact]
    public void A_renovate_comment_stays_on_the_CSharp_line_that_sets_its_value()
    {
        const string imageLine = "image: { repository: ghcr.io/example/app, tag: 1.0.0 }";
        var line = Release.Split('\n').Single(l => l.Contains(imageLine, StringComparison.Ordinal));
        var indent = line.Substring(0, line.IndexOf('i', StringComparison.Ordinal));
        var text = Release.Replace(line, string.Join("\n", new[]
        {
            "image:",
            "  # renovate: datasource=docker image=ghcr.io/example/app",
            "  repository: ghcr.io/example/app",
            "  tag: 1.0.0",
            "env:",
            "  # renovate: datasource=github-releases depName=example/tool",
            "  TOOL_VERSION: 2.3.4",
        }.Select(l => indent + l)), StringComparison.Ordinal);
        Assert.Contains("# renovate: datasource=github-releases", text);
        var release = Assert.Single(new HelmReleaseImporter().ImportText("demo.yaml", text).Releases);
        var lines = release.Source.Split('\n');
        Assert.Contains(lines, line => line.Contains("Repository = \"ghcr.io/example/app\", // renovate: datasource=docker image=ghcr.io/example/app", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("[\"TOOL_VERSION\"] = ", StringComparison.Ordinal) && line.EndsWith("// renovate: datasource=github-releases depName=example/tool", StringComparison.Ordinal));
        Assert.True(Assert.Single(ImportRoundTrip.Run(new[] { release }, r => r.Document.Name)).IsLossless);
    }

    [Fact]
    public void A_YAML_anchor_used_twice_is_one_CSharp_local_and_the_name_anchor_is_Name()
    {
        var text = Release.Replace("  name: demo\nspec:", "  name: &app demo\nspec:", StringComparison.Ordinal)
            .Replace("    name: scripts\n", "    name: &scripts scripts-config\n", StringComparison.Ordinal)
            + "\n      extra:\n        type: configMap\n        name: *scripts\n        globalMounts:\n          - path: *app\n";
        Assert.Contains("*scripts", text);
        var release = Assert.Single(new HelmReleaseImporter().ImportText("demo.yaml", text).Releases);
        var source = release.Source;
        Assert.Single(source.Split('\n'), line => line.Contains("\"scripts-config\"", StringComparison.Ordinal)); // declared once ...
        Assert.Contains("var scripts = \"scripts-config\";", source);
        Assert.Equal(2, source.Split("ConfigMap(\"scripts\", scripts)").Length + source.Split("ConfigMap(\"extra\", scripts)").Length - 2); // ... used twice
        Assert.Contains("Path = Name", source); // *app is metadata.name's anchor: the Name constant (a relative mount path, so a typed value)
        Assert.True(Assert.Single(ImportRoundTrip.Run(new[] { release }, r => r.Document.Name)).IsLossless);
    }

    [Fact]
    public void The_project_file_references_the_package_at_the_importer_version_or_the_library_given()
    {
        Assert.Contains($"<PackageReference Include=\"OpenCode.Manifests\" Version=\"{ProjectWriter.LibraryVersion}\" />", ProjectWriter.ProjectFile(null));
        Assert.Contains("<ProjectReference Include=\"../src/OpenCode.Manifests.csproj\" />", ProjectWriter.ProjectFile("../src/OpenCode.Manifests.csproj"));
        Assert.Contains("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", ProjectWriter.ProjectFile(null));
    }

    [Fact]
    public void The_command_writes_a_project_with_one_file_per_release()
    {
        var root = Path.Combine(Path.GetTempPath(), "ocm-import-project-" + Guid.NewGuid().ToString("N"));
        try
        {
            var input = Path.Combine(root, "in", "helmrelease.yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            File.WriteAllText(input, Release);
            var project = Path.Combine(root, "homelab");
            var stdout = new StringWriter();
            Assert.Equal(0, ImportCommand.Run(new[] { input, "--project", project, "--library", Path.Combine(root, "lib", "OpenCode.Manifests.csproj") }, stdout, new StringWriter()));
            Assert.Equal(new[] { "DemoRelease.cs", "Homelab.csproj", "ImportedCluster.cs" }, Directory.GetFiles(project).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray());
            var csproj = File.ReadAllText(Path.Combine(project, "Homelab.csproj"));
            Assert.Contains("<ProjectReference Include=\"../lib/OpenCode.Manifests.csproj\" />", csproj);
            Assert.Contains("<OutputType>Exe</OutputType>", csproj); // the build runs it to emit the tree
            Assert.Contains("[ClusterConventions]", File.ReadAllText(Path.Combine(project, "ImportedCluster.cs")));

            // A second import keeps the project file and the conventions the user may have edited.
            File.WriteAllText(Path.Combine(project, "ImportedCluster.cs"), "// edited\n[ClusterConventions]\n");
            Assert.Equal(0, ImportCommand.Run(new[] { input, "--project", project, "--library", Path.Combine(root, "lib", "OpenCode.Manifests.csproj") }, new StringWriter(), new StringWriter()));
            Assert.Equal("// edited\n[ClusterConventions]\n", File.ReadAllText(Path.Combine(project, "ImportedCluster.cs")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("a.yaml --library x.csproj")]
    [InlineData("a.yaml --project p --out o")]
    public void Project_usage_errors_exit_2(string commandLine) =>
        Assert.Equal(2, ImportCommand.Run(commandLine.Split(' '), new StringWriter(), new StringWriter()));
}
