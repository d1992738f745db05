using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Values;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Tests.Schema;

/// <summary>
/// Checks that every property path of the upstream bjw-s app-template values schema (4.4.0 and 4.6.2, read from the
/// shared reference folder next to the repository) exists, with a compatible type, in the generated C# model
/// <c>OpenCode.Manifests.AppTemplate.AppTemplateValues</c> and in our own schema file.
/// </summary>
public sealed class UpstreamSchemaCoverageTests
{
    private const string ModelRootTypeName = "OpenCode.Manifests.AppTemplate.AppTemplateValues";
    private const string OurSchemaRelativePath = "src/OpenCode.Manifests/AppTemplate/app-template-4.values.schema.json";
    private const double RequiredCoveragePercent = 98.0;
    private const int MaxFreeFormFields = 10;

    private readonly ITestOutputHelper _output;

    public UpstreamSchemaCoverageTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("4.4.0")]
    [InlineData("4.6.2")]
    public void GeneratedModelCoversUpstreamSchema(string version)
    {
        var upstream = SchemaPathEnumerator.Enumerate(UpstreamSchemaFile(version));
        var root = FindModelRoot();

        var report = SchemaCoverage.Check(upstream, () => TypeCursor.For(root));

        Print($"app-template {version} vs generated model {root.FullName}", report);
        Assert.True(
            report.Percent >= RequiredCoveragePercent,
            $"Generated model covers {report.Percent:F2}% of the app-template {version} paths; at least "
            + $"{RequiredCoveragePercent}% is required. Misses:\n" + string.Join("\n", report.Misses));
    }

    [Theory]
    [InlineData("4.4.0")]
    [InlineData("4.6.2")]
    public void OurSchemaCoversUpstreamSchema(string version)
    {
        var upstream = SchemaPathEnumerator.Enumerate(UpstreamSchemaFile(version));
        var ourFile = Path.Combine(CoverageRepoPaths.RepoRoot, OurSchemaRelativePath);
        Assert.True(File.Exists(ourFile), $"Our values schema is missing: {ourFile}");
        var files = new SchemaFiles();
        var kubernetesModels = typeof(OpenCode.Manifests.Kubernetes.V1Probe).Assembly;

        var report = SchemaCoverage.Check(
            upstream,
            () => SchemaCursor.For(files, files.Load(ourFile), Path.GetFullPath(ourFile),
                name => kubernetesModels.GetType("OpenCode.Manifests.Kubernetes." + name, throwOnError: false)));

        Print($"app-template {version} vs {OurSchemaRelativePath}", report);
        Assert.True(
            report.Percent >= RequiredCoveragePercent,
            $"Our schema covers {report.Percent:F2}% of the app-template {version} paths; at least "
            + $"{RequiredCoveragePercent}% is required. Misses:\n" + string.Join("\n", report.Misses));
    }

    [Fact]
    public void GeneratedModelHasFewFreeFormFields()
    {
        var root = FindModelRoot();

        var fields = FreeFormFields.Find(root, out var extensionData);

        _output.WriteLine($"FreeForm fields reachable from {root.FullName}: {fields.Count} (max {MaxFreeFormFields})");
        foreach (var field in fields)
        {
            _output.WriteLine("  " + field);
        }

        _output.WriteLine($"Open objects with [YamlExtensionData] (not counted): {extensionData.Count}");
        foreach (var entry in extensionData)
        {
            _output.WriteLine("  " + entry);
        }

        Assert.True(
            fields.Count <= MaxFreeFormFields,
            $"{fields.Count} FreeForm fields are reachable from {root.FullName}; at most {MaxFreeFormFields} are "
            + "allowed. Give them structure in the schema:\n" + string.Join("\n", fields));
    }

    private static Type FindModelRoot()
    {
        var assembly = typeof(YamlKeyAttribute).Assembly;
        var root = assembly.GetType(ModelRootTypeName, throwOnError: false);
        if (root is null)
        {
            Assert.Fail(
                $"The generated model type {ModelRootTypeName} was not found in assembly {assembly.GetName().Name}. "
                + $"It is generated from {OurSchemaRelativePath} (ChartValuesSchema item with "
                + "Namespace=OpenCode.Manifests.AppTemplate and RootType=AppTemplateValues); wire the values-schema "
                + "generator into src/OpenCode.Manifests to make this test meaningful.");
        }

        return root;
    }

    private static string UpstreamSchemaFile(string version)
    {
        var referenceDir = CoverageRepoPaths.SharedReference;
        var file = Path.Combine(referenceDir, "schemas", $"app-template-{version}", "values.schema.json");
        if (!File.Exists(file))
        {
            var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            Assert.Fail(
                $"Upstream app-template {version} schema not found: {file}. This test reads the shared reference folder "
                + $"{referenceDir} (<repo>/../shared/reference, with schemas/app-template-<version>/values.schema.json "
                + "and its schemas/*.json parts). "
                + (onCi
                    ? "CI=true: provision that folder on the build agent."
                    : "Provide that folder next to the repository to run this test."));
        }

        return file;
    }

    private void Print(string title, SchemaCoverageReport report)
    {
        _output.WriteLine($"{title}: {report.Covered}/{report.Total} paths covered ({report.Percent:F2}%)");
        if (report.CoveredByFreeForm.Count > 0)
        {
            _output.WriteLine($"  {report.CoveredByFreeForm.Count} of them only through a free-form value:");
            foreach (var path in report.CoveredByFreeForm)
            {
                _output.WriteLine("    " + path);
            }
        }

        _output.WriteLine($"  misses: {report.Misses.Count}");
        foreach (var miss in report.Misses)
        {
            _output.WriteLine("    " + miss);
        }
    }
}

/// <summary>Locates the repository root (the folder holding OpenCode.Manifests.sln) and the shared reference folder.</summary>
internal static class CoverageRepoPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    public static string SharedReference => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "reference"));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenCode.Manifests.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"OpenCode.Manifests.sln was not found in {AppContext.BaseDirectory} or any parent folder.");
    }
}
