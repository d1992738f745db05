using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenCode.Manifests.Generators.ValuesSchema;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>The values-schema generator on our app-template schema.</summary>
/// <param name="ColdMilliseconds">First run in a fresh process (loading and JIT-compiling Roslyn and the generator included).</param>
/// <param name="WarmFullMilliseconds">Median full generation with a new driver once everything is compiled.</param>
/// <param name="RerunMilliseconds">Median rerun after an edit to an unrelated C# file.</param>
/// <param name="GeneratedCharacters">Size of the generated model.</param>
/// <param name="RerunReasons">Per tracked step, the reasons of its outputs in the last rerun.</param>
public sealed record GeneratorResult(double ColdMilliseconds, double WarmFullMilliseconds, double RerunMilliseconds, int GeneratedCharacters, IReadOnlyDictionary<string, string> RerunReasons)
{
    /// <summary>True when every output of every tracked step and of the source output was cached or unchanged.</summary>
    public bool AllCached { get; init; }
}

/// <summary>
/// Drives <see cref="ValuesSchemaGenerator"/> through a <see cref="CSharpGeneratorDriver"/> on
/// src/OpenCode.Manifests/AppTemplate/app-template-4.values.schema.json with the metadata the library's project gives it.
/// </summary>
public static class GeneratorBenchmark
{
    private const string UnrelatedPath = "Unrelated.cs";

    /// <summary>Measures cold, warm and cached-rerun generation.</summary>
    public static GeneratorResult Measure(RepoLayout layout, int runs)
    {
        var schema = new SchemaText(layout.AppTemplateSchema, File.ReadAllText(layout.AppTemplateSchema));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "OpenCode.Manifests",
            new[] { CSharpSyntaxTree.ParseText(Unrelated(0), parseOptions, UnrelatedPath) },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var stopwatch = Stopwatch.StartNew();
        var driver = CreateDriver(schema, parseOptions).RunGenerators(compilation);
        var cold = stopwatch.Elapsed.TotalMilliseconds;
        var generated = Check(driver.GetRunResult());

        var warm = new Samples();
        for (var i = 0; i < runs; i++)
        {
            stopwatch.Restart();
            driver = CreateDriver(schema, parseOptions).RunGenerators(compilation);
            warm.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        Check(driver.GetRunResult());
        var rerun = new Samples();
        GeneratorRunResult last = default;
        for (var i = 1; i <= runs + 1; i++)
        {
            var tree = compilation.SyntaxTrees.Single();
            compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Unrelated(i), parseOptions, UnrelatedPath));
            stopwatch.Restart();
            driver = driver.RunGenerators(compilation);
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            if (i > 1)
            {
                rerun.Add(elapsed);
            }

            last = driver.GetRunResult().Results.Single();
        }

        var reasons = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var allCached = true;
        foreach (var (name, steps) in last.TrackedSteps.Concat(last.TrackedOutputSteps))
        {
            var outputs = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            allCached &= outputs.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            reasons[name] = string.Join(", ", outputs.GroupBy(r => r).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
        }

        return new GeneratorResult(cold, warm.Median, rerun.Median, generated, reasons) { AllCached = allCached };
    }

    private static string Unrelated(int edit) => $"namespace Elsewhere;\npublic class Unrelated {{ public int Field{edit}; }}\n";

    private static GeneratorDriver CreateDriver(SchemaText schema, CSharpParseOptions parseOptions) =>
        CSharpGeneratorDriver.Create(
            new[] { new ValuesSchemaGenerator().AsSourceGenerator() },
            new AdditionalText[] { schema },
            parseOptions,
            new SchemaOptions(schema.Path),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static int Check(GeneratorDriverRunResult run)
    {
        var result = run.Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("the generator threw", result.Exception);
        }

        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || result.GeneratedSources.Length == 0)
        {
            throw new InvalidOperationException("the generator produced no model: " + string.Join("\n", errors));
        }

        return result.GeneratedSources.Sum(s => s.SourceText.Length);
    }

    // The library compiles against the framework, KubernetesClient (whose models the generator maps onto) and YamlDotNet;
    // the values runtime types come from OpenCode.Manifests itself.
    private static ImmutableArray<MetadataReference> References()
    {
        var paths = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            paths.TryAdd(Path.GetFileName(path), path);
        }

        paths[Path.GetFileName(typeof(YamlDotNet.Core.Parser).Assembly.Location)] = typeof(YamlDotNet.Core.Parser).Assembly.Location;
        paths[Path.GetFileName(typeof(Values.YamlKeyAttribute).Assembly.Location)] = typeof(Values.YamlKeyAttribute).Assembly.Location;
        return paths.Values.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    private sealed class SchemaText : AdditionalText
    {
        private readonly SourceText text;

        public SchemaText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    // The metadata src/OpenCode.Manifests/OpenCode.Manifests.csproj puts on its ChartValuesSchema item.
    private sealed class SchemaOptions : AnalyzerConfigOptionsProvider
    {
        private readonly string schemaPath;
        private readonly Options schema = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.OcmChartSchema"] = "true",
            ["build_metadata.AdditionalFiles.OcmNamespace"] = "OpenCode.Manifests.AppTemplate",
            ["build_metadata.AdditionalFiles.OcmRootType"] = "AppTemplateValues",
            ["build_metadata.AdditionalFiles.OcmChartName"] = "app-template",
        });

        public SchemaOptions(string schemaPath) => this.schemaPath = schemaPath;

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == schemaPath ? schema : GlobalOptions;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values;

            public Options(Dictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
