using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.Generators.Registry;

namespace OpenCode.Manifests.Generators.Tests.Infrastructure;

/// <summary>A C# file of the project under test, with the path the registry records for its types.</summary>
internal sealed record SourceFile(string Path, string Text)
{
    public SyntaxTree Parse() => CSharpSyntaxTree.ParseText(Text, GeneratorHarness.ParseOptions, Path);
}

/// <summary>
/// Runs <see cref="AppRegistryGenerator"/> through a real <see cref="CSharpGeneratorDriver"/> over C# sources that
/// use the real runtime types (the test project references OpenCode.Manifests), so the generated registry is
/// compiled against the AppRegistry, AppEntry and ManifestsProgram it calls.
/// </summary>
internal static class RegistryHarness
{
    public const string EntryPointProperty = "build_property.OpenCodeManifestsEntryPoint";

    public static CSharpCompilation CreateCompilation(IEnumerable<SourceFile> files) =>
        CSharpCompilation.Create(
            "RegistryTestAssembly",
            files.Select(f => f.Parse()),
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(bool entryPoint, bool trackSteps = false)
    {
        var global = new Dictionary<string, string> { [EntryPointProperty] = entryPoint ? "true" : "false" };
        return CSharpGeneratorDriver.Create(
            new[] { new AppRegistryGenerator().AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            optionsProvider: new TestOptionsProvider(new Dictionary<string, IReadOnlyDictionary<string, string>>(), global),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator once; returns the run result and the compilation with the generated file.</summary>
    public static GeneratorRun Run(bool entryPoint, params SourceFile[] files)
    {
        var compilation = CreateCompilation(files);
        var driver = CreateDriver(entryPoint).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }

    /// <summary>The generated registry's text, or null when the generator added none.</summary>
    public static string? RegistrySource(GeneratorRun run) =>
        run.Result.Results.SelectMany(r => r.GeneratedSources).SingleOrDefault(s => s.HintName == GeneratedRegistry.HintName).SourceText?.ToString();

    /// <summary>Compiler errors located in the generated registry (the ones OCM1115/OCM1116 exist to prevent).</summary>
    public static IReadOnlyList<Diagnostic> ErrorsInGeneratedCode(GeneratorRun run) =>
        run.Output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && (d.Location.SourceTree?.FilePath.EndsWith(GeneratedRegistry.HintName, System.StringComparison.Ordinal) ?? false))
            .ToList();
}
