using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Values;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Tests.Schema;

/// <summary>
/// Checks that every property path of the upstream bjw-s app-template values schema (4.4.0 and 4.6.2 against our 4.x
/// schema and <c>OpenCode.Manifests.AppTemplate.AppTemplateValues</c>; common 5.1.0, draft 2020-12, against our 5.x
/// schema and <c>OpenCode.Manifests.AppTemplate.V5.AppTemplateValues</c>; upstream read from the shared reference
/// folder next to the repository) exists, with a compatible type, in the generated C# model and in our own schema
/// file.
/// </summary>
public sealed class UpstreamSchemaCoverageTests
{
    private const double RequiredCoveragePercent = 99.0;
    private const int MaxFreeFormFields = 10;

    private static readonly Dictionary<string, ChartSeries> Versions = new(StringComparer.Ordinal)
    {
        ["4.4.0"] = ChartSeries.V4 with { UpstreamFolder = "app-template-4.4.0" },
        ["4.6.2"] = ChartSeries.V4 with { UpstreamFolder = "app-template-4.6.2" },
        ["5.1.0"] = ChartSeries.V5 with { UpstreamFolder = "app-template-common-5.1.0" },
    };

    private readonly ITestOutputHelper _output;

    public UpstreamSchemaCoverageTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("4.4.0")]
    [InlineData("4.6.2")]
    [InlineData("5.1.0")]
    public void GeneratedModelCoversUpstreamSchema(string version)
    {
        var series = Versions[version];
        var upstream = SchemaPathEnumerator.Enumerate(UpstreamSchemaFile(version, series));
        var root = FindModelRoot(series);

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
    [InlineData("5.1.0")]
    public void OurSchemaCoversUpstreamSchema(string version)
    {
        var series = Versions[version];
        var upstream = SchemaPathEnumerator.Enumerate(UpstreamSchemaFile(version, series));
        var ourFile = Path.Combine(RepositoryPaths.Root, series.OurSchema);
        Assert.True(File.Exists(ourFile), $"Our values schema is missing: {ourFile}");
        var files = new SchemaFiles();
        var kubernetesModels = typeof(OpenCode.Manifests.Kubernetes.V1Probe).Assembly;

        var report = SchemaCoverage.Check(
            upstream,
            () => SchemaCursor.For(files, files.Load(ourFile), Path.GetFullPath(ourFile),
                name => kubernetesModels.GetType("OpenCode.Manifests.Kubernetes." + name, throwOnError: false)));

        Print($"app-template {version} vs {series.OurSchema}", report);
        Assert.True(
            report.Percent >= RequiredCoveragePercent,
            $"Our schema covers {report.Percent:F2}% of the app-template {version} paths; at least "
            + $"{RequiredCoveragePercent}% is required. Misses:\n" + string.Join("\n", report.Misses));
    }

    /// <summary>
    /// The other direction: every path of our schema exists upstream with a type upstream accepts, so the typed model
    /// takes nothing the chart's own validation would reject. Below an upstream array that leaves its items open
    /// (<c>rbac.roles.*.rules</c>, <c>targetLabels</c>, the autoscaler's <c>metrics</c>) ours may be more precise.
    /// </summary>
    [Theory]
    [InlineData("4.6.2")]
    [InlineData("5.1.0")]
    public void UpstreamAcceptsWhatOurSchemaAllows(string version)
    {
        var series = Versions[version];
        var ours = SchemaPathEnumerator.Enumerate(Path.Combine(RepositoryPaths.Root, series.OurSchema));
        var upstreamFile = UpstreamSchemaFile(version, series);
        var files = new SchemaFiles();
        files.RegisterFolder(upstreamFile);
        IEnumerable<PathCursor> Upstream() => SchemaCursor.For(files, files.Load(upstreamFile), Path.GetFullPath(upstreamFile), _ => null);

        var report = SchemaCoverage.Check(ours, Upstream);
        var refined = new List<string>();
        var rejected = new List<string>();
        foreach (var miss in report.Misses)
        {
            var path = miss[(miss.IndexOf(' ') + 1)..].TrimStart();
            path = path[..path.IndexOf(' ')];
            (UnderUntypedUpstreamArray(Upstream, path) ? refined : rejected).Add(miss);
        }

        _output.WriteLine($"{series.OurSchema} vs app-template {version}: {ours.Count} paths, {rejected.Count} rejected upstream, "
                          + $"{refined.Count} more precise than upstream's untyped arrays");
        // Check() names the first side "upstream"; here that side is ours.
        foreach (var entry in rejected.Select(r => "  rejected: " + r).Concat(refined.Select(r => "  refined:  " + r)))
        {
            _output.WriteLine(entry.Replace("(upstream: ", "(ours: ", StringComparison.Ordinal)
                .Replace(", ours: ", ", upstream: ", StringComparison.Ordinal));
        }

        Assert.True(rejected.Count == 0, "Our schema allows what upstream rejects:\n" + string.Join("\n", rejected));
    }

    private static bool UnderUntypedUpstreamArray(Func<IEnumerable<PathCursor>> upstream, string path)
    {
        var segments = SchemaPaths.Split(path);
        for (var length = segments.Count - 1; length > 0; length--)
        {
            var cursors = PathCursor.Resolve(upstream(), segments.Take(length).ToList(), out _);
            if (cursors is not null)
            {
                return segments[length] == SchemaPaths.ArrayItem
                       && cursors.OfType<SchemaCursor>().Any(cursor => cursor.IsUntypedArray);
            }
        }

        return false;
    }

    /// <summary>
    /// Negative control for the 2020-12 reading: the 5.1.0 paths found only through <c>$id</c>-relative refs into
    /// other files' <c>$defs</c>, <c>oneOf</c> variants under <c>allOf</c> and the new sections must be enumerated, and
    /// the 4.x model must miss them (it would cover them if the enumerator lost them).
    /// </summary>
    [Fact]
    public void FourXModelMissesWhatOnlyFiveXHas()
    {
        var upstream = SchemaPathEnumerator.Enumerate(UpstreamSchemaFile("5.1.0", Versions["5.1.0"]));
        var report = SchemaCoverage.Check(upstream, () => TypeCursor.For(FindModelRoot(ChartSeries.V4)));
        Print("app-template 5.1.0 vs the 4.x model (expected misses)", report);

        string[] fiveXOnly =
        {
            "global.createDefaultServiceAccount",
            "defaultPodOptions.resizePolicy[].resourceName",
            "controllers.*.containers.*.resizePolicy[].restartPolicy",
            "controllers.*.horizontalPodAutoscaler.maxReplicas",
            "serviceAccount.*.automountServiceAccountToken",
            "rawResources.*.manifest.metadata.namespace",
            "podMonitor.*.controller.identifier",
            "networkpolicies.*.extraSelectorLabels.*",
            "route.*.namespaceOverride",
            "route.*.referenceGrant.enabled",
        };
        foreach (var path in fiveXOnly)
        {
            Assert.True(upstream.ContainsKey(path), $"The 5.1.0 enumeration lacks {path}.");
            Assert.Contains(report.Misses, miss => miss.StartsWith("MISSING " + path + " ", StringComparison.Ordinal));
        }

        // Reached only through controllers.json#/$defs/instance -> oneOf -> #/$defs/instance.type.cronjob, and
        // persistence.json#/$defs/item -> oneOf -> item.type.ephemeral: present upstream, typed in both models.
        Assert.True(upstream.ContainsKey("controllers.*.cronjob.schedule"));
        Assert.True(upstream.ContainsKey("persistence.*.storageClass"));
        Assert.True(upstream.ContainsKey("controllers.*.containers.*.env.*.valueFrom.secretKeyRef.name"));
    }

    [Theory]
    [InlineData("4.6.2")]
    [InlineData("5.1.0")]
    public void GeneratedModelHasFewFreeFormFields(string version)
    {
        var root = FindModelRoot(Versions[version]);

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

    private static Type FindModelRoot(ChartSeries series)
    {
        var assembly = typeof(YamlKeyAttribute).Assembly;
        var root = assembly.GetType(series.ModelRootType, throwOnError: false);
        if (root is null)
        {
            Assert.Fail(
                $"The generated model type {series.ModelRootType} was not found in assembly {assembly.GetName().Name}. "
                + $"It is generated from {series.OurSchema} (a ChartValuesSchema item with "
                + "RootType=AppTemplateValues in src/OpenCode.Manifests/OpenCode.Manifests.csproj); wire the "
                + "values-schema generator into src/OpenCode.Manifests to make this test meaningful.");
        }

        return root;
    }

    private static string UpstreamSchemaFile(string version, ChartSeries series)
    {
        var referenceDir = RepositoryPaths.SharedReference;
        var file = Path.Combine(referenceDir, "schemas", series.UpstreamFolder, "values.schema.json");
        if (!File.Exists(file))
        {
            var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            Assert.Fail(
                $"Upstream app-template {version} schema not found: {file}. This test reads the shared reference folder "
                + $"{referenceDir} (<repo>/../shared/reference, with schemas/{series.UpstreamFolder}/values.schema.json "
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

    /// <summary>One chart series: the upstream schema folder, our schema file and the model generated from it.</summary>
    private sealed record ChartSeries(string UpstreamFolder, string OurSchema, string ModelRootType)
    {
        public static readonly ChartSeries V4 = new(
            string.Empty,
            "src/OpenCode.Manifests/AppTemplate/app-template-4.values.schema.json",
            "OpenCode.Manifests.AppTemplate.AppTemplateValues");

        public static readonly ChartSeries V5 = new(
            string.Empty,
            "src/OpenCode.Manifests/AppTemplate/V5/app-template-5.values.schema.json",
            "OpenCode.Manifests.AppTemplate.V5.AppTemplateValues");
    }
}
