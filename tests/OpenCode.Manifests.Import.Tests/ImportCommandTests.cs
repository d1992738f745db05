using System;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Import.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>The <c>ocm-import</c> command line: writing files, exit codes, deterministic output.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string outDirectory = Path.Combine(Path.GetTempPath(), "ocm-import-out-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(outDirectory))
        {
            Directory.Delete(outDirectory, recursive: true);
        }
    }

    [Fact]
    public void Writes_one_class_per_release_as_utf8_without_bom_with_lf_and_the_same_bytes_every_time()
    {
        var input = Path.Combine(RepoPaths.Corpus, "04-several-controllers.yaml");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        Assert.Equal(0, ImportCommand.Run(new[] { input, "--out", outDirectory, "--namespace", "Home.Apps" }, stdout, stderr));
        var file = Path.Combine(outDirectory, "PaperlessRelease.cs");
        var first = File.ReadAllBytes(file);
        Assert.Equal(0, ImportCommand.Run(new[] { input, "--out", outDirectory, "--namespace", "Home.Apps" }, new StringWriter(), new StringWriter()));

        Assert.Equal(first, File.ReadAllBytes(file));
        Assert.False(first.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        var text = File.ReadAllText(file);
        Assert.DoesNotContain("\r", text);
        Assert.Contains("namespace Home.Apps;", text);
        Assert.Contains("public sealed record PaperlessRelease() : AppTemplateApp(\"paperless\", \"docs\")", text);
        Assert.Contains("app.Controller(\"worker\");", text); // no type in the YAML: the chart's default, not written
        Assert.Contains("dataVolume.MountInto(workerCelery, \"/usr/src/paperless/data\", subPath: \"data\");", text);
        Assert.Contains("wrote " + file, stdout.ToString());
    }

    [Fact]
    public void The_chart_version_of_a_chart_spec_release_is_kept()
    {
        var result = new HelmReleaseImporter().ImportPath(Path.Combine(RepoPaths.Corpus, "33-chart-spec-form.yaml"));
        var source = result.Releases.Single().Source;
        Assert.Contains("(HelmRelease legacy-chart); chart: app-template from HelmRepository/bjw-s, app-template 4.6.2.", source);
        // The whole spec is built, install included (nothing is "not imported").
        Assert.Contains("Install = new() { Remediation = new() { Retries = 3 } },", source);
        Assert.Contains("SourceRef = new() { Kind = \"HelmRepository\", Name = \"bjw-s\", Namespace = \"flux-system\" },", source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.yaml b.yaml")]
    [InlineData("--unknown")]
    [InlineData("a.yaml --namespace 1bad")]
    public void Usage_errors_exit_2(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stderr = new StringWriter();
        Assert.Equal(2, ImportCommand.Run(args, new StringWriter(), stderr));
        Assert.NotEqual(string.Empty, stderr.ToString());
    }
}
