using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.Generators.ValuesSchema;

namespace OpenCode.Manifests.Generators.Tests.Infrastructure;

/// <summary>A schema item as MSBuild would hand it to the generator: a path, its text and its metadata.</summary>
internal sealed record SchemaItem(string Path, string Text, string? Namespace = null, string? RootType = null, string? ChartName = null)
{
    public static SchemaItem FromTestFile(string relativePath, string? ns = null, string? rootType = null, string? chartName = null) =>
        new("/schemas/" + relativePath, File.ReadAllText(System.IO.Path.Combine(RepoPaths.Schemas, relativePath)), ns, rootType, chartName);

    public IReadOnlyDictionary<string, string> Options
    {
        get
        {
            var options = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OcmChartSchema"] = "true" };
            if (Namespace is not null)
            {
                options["build_metadata.AdditionalFiles.OcmNamespace"] = Namespace;
            }

            if (RootType is not null)
            {
                options["build_metadata.AdditionalFiles.OcmRootType"] = RootType;
            }

            if (ChartName is not null)
            {
                options["build_metadata.AdditionalFiles.OcmChartName"] = ChartName;
            }

            return options;
        }
    }
}

/// <summary>Runs <see cref="ValuesSchemaGenerator"/> through a real <see cref="CSharpGeneratorDriver"/>.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation CreateCompilation(params string[] sources)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Source" + i + ".cs")).ToList();
        var standIns = RuntimeStandIns.Source;
        if (standIns is not null)
        {
            trees.Add(CSharpSyntaxTree.ParseText(standIns, ParseOptions, path: "RuntimeStandIns.cs"));
        }

        return CSharpCompilation.Create(
            "GeneratorTestAssembly",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver CreateDriver(IEnumerable<SchemaItem> items, bool trackSteps = false)
    {
        var itemList = items.ToList();
        return CreateDriver(itemList, itemList.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)).ToList(), trackSteps);
    }

    /// <summary>A driver over the given texts (kept by the caller, e.g. to replace one later).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<SchemaItem> items, IReadOnlyList<AdditionalText> texts, bool trackSteps)
    {
        var options = new TestOptionsProvider(items.ToDictionary(i => i.Path, i => i.Options));
        return CSharpGeneratorDriver.Create(
            new[] { new ValuesSchemaGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator once; returns the run result and the compilation with the generated files.</summary>
    public static GeneratorRun Run(IEnumerable<SchemaItem> items, params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver(items).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            paths.Add(path);
        }

        paths.Add(typeof(OpenCode.Manifests.Values.YamlKeyAttribute).Assembly.Location);

        // Identity-distinct only: the test host may list one assembly under two paths.
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths.OrderBy(p => p, StringComparer.Ordinal))
        {
            byName.TryAdd(Path.GetFileName(path), path);
        }

        return byName.Values.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}

internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public string SourceFor(string hintNameSuffix)
    {
        var source = Result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith(hintNameSuffix, StringComparison.Ordinal));
        return source.SourceText.ToString();
    }

    public IReadOnlyList<Diagnostic> CompilationErrors =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    public void AssertNoGeneratorException()
    {
        foreach (var result in Result.Results)
        {
            Xunit.Assert.Null(result.Exception);
        }
    }

    public void AssertCompiles()
    {
        var errors = CompilationErrors;
        Xunit.Assert.True(
            errors.Count == 0,
            "The generated code does not compile:\n" + string.Join("\n", errors.Take(30).Select(e => e.ToString())));
    }
}
