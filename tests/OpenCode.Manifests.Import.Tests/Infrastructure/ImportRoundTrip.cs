using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Import.Tests.Infrastructure;

/// <summary>
/// The import round trip: generated C# is compiled in memory with Roslyn (many releases per compilation, which is
/// what keeps the corpora fast), loaded, and each <c>[App]</c> record is composed; the values it composes are written
/// with <see cref="ValuesYaml"/> and compared with the input's <c>spec.values</c> by meaning
/// (<see cref="YamlSemantics"/>): strictly first, then with lenient scalar typing, which is reported (it is needed
/// only where the values model itself types a scalar one way and the input spelled it the other).
/// </summary>
internal static class ImportRoundTrip
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var ours = new[]
        {
            typeof(AppTemplateValues).Assembly.Location,
            typeof(YamlDotNet.RepresentationModel.YamlNode).Assembly.Location,
        };
        return trusted.Concat(ours).Distinct(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    });

    /// <summary>C# 12: what a .NET 8 project compiles with by default, so imported code works there too.</summary>
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>Compiles the releases in batches and runs each; one outcome per release, in order.</summary>
    public static IReadOnlyList<RoundTripOutcome> Run(IReadOnlyList<ImportedRelease> releases, Func<ImportedRelease, string> describe, ChartSource? projectChart = null, int batchSize = 200)
    {
        var outcomes = new List<RoundTripOutcome>();
        for (var start = 0; start < releases.Count; start += batchSize)
        {
            outcomes.AddRange(RunBatch(releases.Skip(start).Take(batchSize).ToList(), describe, start, projectChart));
        }

        return outcomes;
    }

    private static IReadOnlyList<RoundTripOutcome> RunBatch(IReadOnlyList<ImportedRelease> batch, Func<ImportedRelease, string> describe, int batchNumber, ChartSource? projectChart)
    {
        // The project's global usings (the csproj's Using items) as one more file.
        // With the values model's namespace when the import's releases share one major, as the project file has it.
        var majors = batch.Select(r => r.ChartMajor).Distinct().ToList();
        var model = majors.Count == 1 ? (majors[0] == 5 ? typeof(OpenCode.Manifests.AppTemplate.V5.AppTemplateValues) : typeof(AppTemplateValues)).Namespace : null;
        var globalUsings = CSharpSyntaxTree.ParseText(string.Concat(ProjectWriter.GlobalUsings.Append(model).OfType<string>().Select(u => $"global using {u};\n")), ParseOptions, path: "GlobalUsings.cs");
        var trees = batch.Select(r => CSharpSyntaxTree.ParseText(r.Source, ParseOptions, path: r.FileName)).Append(globalUsings).ToList();
        var failures = new Dictionary<string, string>();
        Assembly? assembly = null;

        // A release whose code does not compile (or warns) is a failure of that release only: take it out, compile the rest.
        while (assembly is null)
        {
            var compilation = CSharpCompilation.Create(
                "Imported" + batchNumber + "_" + Guid.NewGuid().ToString("N"),
                trees.Where(t => !failures.ContainsKey(t.FilePath)),
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            var problems = result.Diagnostics
                .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                .Where(d => d.Location.SourceTree is not null)
                .ToList();
            if (problems.Count == 0 && result.Success)
            {
                stream.Position = 0;
                assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
                break;
            }

            foreach (var group in problems.GroupBy(d => d.Location.SourceTree!.FilePath))
            {
                failures[group.Key] = "generated C# does not compile cleanly: " + string.Join("; ", group.Take(3).Select(d => d.ToString()));
            }

            if (problems.Count == 0)
            {
                throw new InvalidOperationException("Compilation failed without a source diagnostic: " + string.Join("; ", result.Diagnostics));
            }
        }

        return batch.Select(release => failures.TryGetValue(release.FileName, out var failure)
            ? new RoundTripOutcome(describe(release), failure)
            : Check(release, assembly, describe(release), projectChart)).ToList();
    }

    private static RoundTripOutcome Check(ImportedRelease release, Assembly assembly, string name, ChartSource? projectChart)
    {
        var type = assembly.GetType(release.FullTypeName) ?? throw new InvalidOperationException($"{release.FullTypeName} is not in the compiled assembly.");
        var app = (AppDefinition)Activator.CreateInstance(type)!;
        // The project's chart (what records that name none run); for a lone release, the version it pins.
        var chart = projectChart ?? (release.Document.ChartVersion is { } version ? new ChartSource("oci://ghcr.io/bjw-s-labs/helm/app-template", version) : null);
        var graph = app.Compose(new CompositionContext(new RoundTripConventions(chart), new SourceLocation(release.FileName, 1)));
        if (graph.Diagnostics.Count > 0)
        {
            return new RoundTripOutcome(name, "composing reports: " + string.Join("; ", graph.Diagnostics.Select(d => d.Id + " " + d.Message)));
        }

        // 4.x code composes the 4.x model, 5.x code the 5.x one.
        var values = graph.Release!.Values;
        var expected = release.ChartMajor == 5 ? typeof(OpenCode.Manifests.AppTemplate.V5.AppTemplateValues) : typeof(AppTemplateValues);
        if (values.GetType() != expected)
        {
            return new RoundTripOutcome(name, $"the app composes {values.GetType().FullName}, but the release pins app-template {release.ChartMajor}.x ({expected.FullName})");
        }

        var written = ValuesYaml.Load(YamlRenderer.Render(values));
        var strict = YamlSemantics.Compare(release.Document.Values, written, lenientScalars: false);
        if (strict.AreEqual || YamlSemantics.Compare(release.Document.Values, written, lenientScalars: true).AreEqual)
        {
            // The whole spec (chart source, interval, install, upgrade, dependsOn, valuesFrom, …) as Flux reads it.
            var emitted = (YamlDotNet.RepresentationModel.YamlMappingNode)ValuesYaml.Load(YamlRenderer.Render(graph.Release.Release));
            var spec = emitted.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("spec")];
            var specComparison = YamlSemantics.Compare(release.Document.Spec, spec, lenientScalars: true);
            if (!specComparison.AreEqual)
            {
                return new RoundTripOutcome(name, "HelmRelease spec differs: " + specComparison.FirstDifference);
            }
        }

        if (strict.AreEqual)
        {
            return new RoundTripOutcome(name, null);
        }

        var lenient = YamlSemantics.Compare(release.Document.Values, written, lenientScalars: true);
        return lenient.AreEqual
            ? new RoundTripOutcome(name, null, lenient.LenientScalarMatches, strict.FirstDifference)
            : new RoundTripOutcome(name, "values differ: " + lenient.FirstDifference);
    }

    /// <summary>A cluster for composing imported apps: only the chart matters here (the rules run in the project build).</summary>
    private sealed record RoundTripConventions : ClusterConventions
    {
        public RoundTripConventions(ChartSource? chart)
            : base(new FluxSourceReference("GitRepository", "flux-system"), Array.Empty<string>(), new GatewayReference("gateway", "network", "https"),
                new SecretStoreConvention("ClusterSecretStore", "store"), "standard", null, "DOMAIN", ClusterSubstitution.FromParent(Array.Empty<string>()), null)
        {
            if (chart is not null)
            {
                AppTemplateChart = chart;
            }
        }
    }
}
