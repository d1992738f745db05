using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.Tests.Schema;

namespace OpenCode.Manifests.Tests.Architecture;

/// <summary>
/// The library's sources as one Roslyn compilation: every hand-written .cs file plus the generated ones (Kubernetes,
/// app-template, the Flux/ESO/Kustomize resources) that the library build leaves under
/// <c>obj/&lt;Configuration&gt;/&lt;tfm&gt;/generated</c> (EmitCompilerGeneratedFiles). Compiling the generated halves
/// from source, rather than referencing the built assembly, lets the hand-written halves of the partial types bind
/// (against a metadata copy they do not: ~100 errors). Parsed as the library is built (without OCM_GENERATORS).
/// </summary>
internal static class LibrarySources
{
    private static readonly Lazy<(CSharpCompilation Compilation, IReadOnlyList<SyntaxTree> Trees)> Loaded = new(Load);

    /// <summary>The folder of the library project.</summary>
    public static string ProjectFolder => Path.Combine(OpenCode.Manifests.TestSupport.RepositoryPaths.Root, "src", "OpenCode.Manifests");

    /// <summary>The compilation of every .cs file under <see cref="ProjectFolder"/> (bin/ and obj/ excluded).</summary>
    public static CSharpCompilation Compilation => Loaded.Value.Compilation;

    /// <summary>The library's syntax trees, each with its path relative to the repository root.</summary>
    public static IReadOnlyList<SyntaxTree> Trees => Loaded.Value.Trees;

    /// <summary>Parse options matching the library build.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    /// <summary>A tree's path for messages: relative to the repository root, with forward slashes.</summary>
    public static string FileName(SyntaxTree tree) => tree.FilePath;

    /// <summary>The runtime and YamlDotNet: what the library's sources need to bind.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = BuildReferences();

    private static (CSharpCompilation, IReadOnlyList<SyntaxTree>) Load()
    {
        var handWritten = Directory.EnumerateFiles(ProjectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path));
        var generated = Directory.EnumerateFiles(GeneratedFolder(), "*.g.cs", SearchOption.AllDirectories);
        var trees = handWritten.Concat(generated)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions,
                Path.GetRelativePath(OpenCode.Manifests.TestSupport.RepositoryPaths.Root, path).Replace('\\', '/')))
            .ToList();
        return (Create(trees), trees);
    }

    /// <summary>A compilation of <paramref name="trees"/> against <see cref="References"/>.</summary>
    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
        "OpenCode.Manifests",
        trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The generated sources of the library build in this test's configuration.</summary>
    private static string GeneratedFolder()
    {
        var intermediate = typeof(LibrarySources).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "OpenCodeManifestsIntermediateFolder").Value!;
        var folders = Directory.Exists(intermediate)
            ? Directory.GetDirectories(intermediate, "generated", SearchOption.AllDirectories)
            : Array.Empty<string>();
        return folders.Length == 1
            ? folders[0]
            : throw new InvalidOperationException(
                $"expected one folder of generated sources under {intermediate} (EmitCompilerGeneratedFiles in the library project), found {folders.Length}: build src/OpenCode.Manifests first");
    }

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(ProjectFolder, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    private static IReadOnlyList<MetadataReference> BuildReferences()
    {
        // The runtime's own assemblies only: the test host also lists this test assembly and its dependencies.
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var runtime = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeFolder, StringComparison.Ordinal));
        var paths = runtime
            .Append(typeof(YamlDotNet.Serialization.ISerializer).Assembly.Location)
            .Where(path => path.Length > 0)
            .Distinct(StringComparer.Ordinal);
        return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    }
}
