using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Import.Tests.Infrastructure;

/// <summary>
/// The import round trip: generated C# is compiled in memory with Roslyn (many releases per compilation, which is
/// what keeps the corpora fast), loaded, and each class's <c>Values()</c> is run; the values it builds are written
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
    public static IReadOnlyList<RoundTripOutcome> Run(IReadOnlyList<ImportedRelease> releases, Func<ImportedRelease, string> describe, int batchSize = 200)
    {
        var outcomes = new List<RoundTripOutcome>();
        for (var start = 0; start < releases.Count; start += batchSize)
        {
            outcomes.AddRange(RunBatch(releases.Skip(start).Take(batchSize).ToList(), describe, start));
        }

        return outcomes;
    }

    private static IReadOnlyList<RoundTripOutcome> RunBatch(IReadOnlyList<ImportedRelease> batch, Func<ImportedRelease, string> describe, int batchNumber)
    {
        var trees = batch.Select(r => CSharpSyntaxTree.ParseText(r.Source, ParseOptions, path: r.FileName)).ToList();
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
                .Where(d => d.Severity == DiagnosticSeverity.Error || d.Severity == DiagnosticSeverity.Warning)
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
            : Check(release, assembly, describe(release))).ToList();
    }

    /// <summary>Runs each release's class from an assembly built elsewhere (the <c>--project</c> build) and compares.</summary>
    public static IReadOnlyList<RoundTripOutcome> CheckBuilt(IReadOnlyList<ImportedRelease> releases, string assemblyPath, Func<ImportedRelease, string> describe)
    {
        var context = new AssemblyLoadContext("built-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            return releases.Select(release => Check(release, assembly, describe(release))).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    private static RoundTripOutcome Check(ImportedRelease release, Assembly assembly, string name)
    {
        var type = assembly.GetType(release.FullTypeName) ?? throw new InvalidOperationException($"{release.FullTypeName} is not in the compiled assembly.");
        if (release.ChartMajor == 4)
        {
            var builder = (AppTemplateBuilder)type.GetMethod("Builder")!.Invoke(null, null)!;
            if (builder.Diagnostics.Count > 0)
            {
                return new RoundTripOutcome(name, "the builder reports: " + string.Join("; ", builder.Diagnostics.Select(d => d.Id + " " + d.Message)));
            }
        }

        // 4.x code returns the 4.x model, 5.x code the 5.x one: the declared return type says which was generated.
        var valuesMethod = type.GetMethod("Values")!;
        var expected = release.ChartMajor == 5 ? typeof(OpenCode.Manifests.AppTemplate.V5.AppTemplateValues) : typeof(AppTemplateValues);
        if (valuesMethod.ReturnType != expected)
        {
            return new RoundTripOutcome(name, $"Values() returns {valuesMethod.ReturnType.FullName}, but the release pins app-template {release.ChartMajor}.x ({expected.FullName})");
        }

        var values = (IYamlWritable)valuesMethod.Invoke(null, null)!;
        var written = ValuesYaml.Load(YamlRenderer.Render(values));
        var strict = YamlSemantics.Compare(release.Document.Values, written, lenientScalars: false);
        if (strict.AreEqual || YamlSemantics.Compare(release.Document.Values, written, lenientScalars: true).AreEqual)
        {
            // The whole spec (chart source, interval, install, upgrade, dependsOn, valuesFrom, …) as Flux reads it.
            if (type.GetMethod("HelmRelease") is not { } helmReleaseMethod)
            {
                return new RoundTripOutcome(name, "no HelmRelease() was generated (see OCM4011)");
            }

            var emitted = (YamlDotNet.RepresentationModel.YamlMappingNode)ValuesYaml.Load(YamlRenderer.Render((IYamlWritable)helmReleaseMethod.Invoke(null, null)!));
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
}
