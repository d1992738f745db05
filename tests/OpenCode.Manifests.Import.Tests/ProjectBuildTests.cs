using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Import.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Import.Tests;

/// <summary>
/// The acceptance measurement: each community corpus imported with <c>ocm-import --project</c> into one project,
/// built with <c>dotnet build</c> (warnings are errors), and every release's built <c>HelmRelease()</c> compared with
/// the original spec as Flux reads it. At least 99 % must round-trip; every failure (including releases not
/// imported) is listed with its reason. Prints C# and YAML line totals.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class ProjectBuildTests(ITestOutputHelper output)
{
    private const double RequiredPercent = 99.0;

    [Theory]
    [InlineData("corpus-app-template-4x", 177)]
    [InlineData("corpus-app-template-5x", 171)]
    public void A_corpus_imported_as_a_project_builds_and_its_releases_round_trip(string folder, int expectedReleases)
    {
        var corpus = Path.Combine(RepositoryPaths.SharedReference, folder);
        Assert.True(Directory.Exists(corpus), $"The community corpus is missing: {corpus}.");
        var project = Path.Combine(Path.GetTempPath(), "ocm-import-build-" + Guid.NewGuid().ToString("N"), "Homelab");
        try
        {
            // A copy of the library this test already runs against, as a dll reference: a project reference would
            // build src/OpenCode.Manifests in place while the package tests pack that same project, and the two restores
            // collide. The copy sits alone, so the build does not pick up this test folder's net10.0 neighbours.
            var library = Path.Combine(Path.GetDirectoryName(project)!, "lib", "OpenCode.Manifests.dll");
            Directory.CreateDirectory(Path.GetDirectoryName(library)!);
            File.Copy(typeof(HelmReleaseImporter).Assembly.Location, library);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = ImportCommand.Run(new[] { corpus, "--project", project, "--library", library, "--namespace", "Homelab" }, stdout, stderr);
            var result = new HelmReleaseImporter(new ImportOptions { Namespace = "Homelab" }).ImportPath(corpus);
            var notImported = result.Diagnostics.Where(d => d.IsError).Select(d => "not imported: " + d).ToList();
            Assert.True(exit == 0 || notImported.Count > 0, stderr.ToString());

            var build = DotnetCommand.Run(project, new[] { "build", "-nologo", "-clp:NoSummary", "-nodeReuse:false" }, TimeSpan.FromMinutes(10));
            Assert.True(build.ExitCode == 0, "dotnet build of the imported project failed:\n" + build.ToString());
            Assert.DoesNotContain(": warning ", build.Stdout, StringComparison.Ordinal);

            var assembly = Path.Combine(project, "bin", "Debug", "net8.0", "Homelab.dll");
            var outcomes = ImportRoundTrip.CheckBuilt(result.Releases, assembly, r => Path.GetRelativePath(corpus, r.Document.File) + " (" + r.Document.Name + ")");
            var failures = outcomes.Where(o => !o.IsLossless).Select(o => o.ToString()).Concat(notImported).ToList();
            var total = outcomes.Count + notImported.Count;
            var lossless = outcomes.Count(o => o.IsLossless);
            var percent = 100.0 * lossless / total;

            var csharpLines = Directory.EnumerateFiles(project, "*.cs").Sum(file => File.ReadAllLines(file).Length);
            var yamlLines = result.Releases.Select(r => r.Document.File).Distinct(StringComparer.Ordinal).Sum(file => File.ReadAllLines(file).Length);
            output.WriteLine($"{folder}: {lossless}/{total} releases round-trip through --project + dotnet build + HelmRelease spec comparison ({percent:F1}%).");
            output.WriteLine($"{folder}: {result.Releases.Count(r => r.ChartMajor == 5)} imported as typed 5.x values, {result.Releases.Count(r => r.ChartMajor == 4)} as 4.x builder code.");
            output.WriteLine($"{folder}: C# {csharpLines} lines for YAML {yamlLines} lines (the files holding the releases).");
            output.WriteLine($"failures: {failures.Count}");
            foreach (var failure in failures)
            {
                output.WriteLine("  " + failure);
            }

            Assert.Equal(expectedReleases, total);
            Assert.True(percent >= RequiredPercent, $"{lossless}/{total} ({percent:F1}%); {RequiredPercent}% required. Failures:\n" + string.Join("\n", failures));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(project)!, recursive: true);
        }
    }
}
