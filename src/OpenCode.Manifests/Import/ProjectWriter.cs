using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes a ready-to-build project: <c>&lt;dir&gt;/&lt;Dir name in PascalCase&gt;.csproj</c>, an executable that references
/// OpenCode.Manifests (the package at the importer's own version, or a checkout's <c>OpenCode.Manifests.csproj</c>
/// given with <c>--library</c>), the cluster's conventions (<see cref="ConventionsWriter"/>), and one <c>[App]</c>
/// record per release. <c>dotnet build &lt;dir&gt;</c> compiles them with warnings as errors and emits each release's
/// app folder under <c>&lt;dir&gt;/kubernetes/apps/</c>. An existing project file or conventions record is kept: the
/// importer only adds and replaces release files.
/// </summary>
public static class ProjectWriter
{
    /// <summary>Writes the project file and conventions when absent, and the releases; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ImportResult result, string directory, string? library, string importedFrom)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var name = CSharpIdentifiers.Pascal(Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar))) is { Length: > 0 } pascal ? pascal : "Imported";
        if (!Directory.EnumerateFiles(directory, "*.csproj").Any())
        {
            var project = Path.Combine(directory, name + ".csproj");
            File.WriteAllText(project, ProjectFile(library is null ? null : Path.GetRelativePath(Path.GetFullPath(directory), Path.GetFullPath(library)), result.ModelNamespace), Utf8);
            written.Add(project);
        }

        if (!Directory.EnumerateFiles(directory, "*.cs").Any(file => File.ReadAllText(file).Contains("[ClusterConventions]", StringComparison.Ordinal)))
        {
            var conventions = Path.Combine(directory, ConventionsWriter.RecordName + ".cs");
            var @namespace = result.Releases.Count > 0 ? result.Releases[0].FullTypeName[..^(result.Releases[0].ClassName.Length + 1)] : "Imported";
            File.WriteAllText(conventions, ConventionsWriter.Write(ClusterFacts.Gather(importedFrom, result.Releases.Select(r => r.Document)), result.ProjectChart, @namespace), Utf8);
            written.Add(conventions);
        }

        written.AddRange(result.WriteTo(directory));
        return written;
    }

    /// <summary>The namespaces the project imports globally (its csproj's <c>Using</c> items): imported files do not repeat them.</summary>
    public static IReadOnlyList<string> GlobalUsings => AppRecordWriter.GlobalUsings;

    /// <summary>
    /// The project file: an executable (the package's build step runs it to emit the tree), net8.0 (what the library
    /// targets), nullable, warnings as errors, and the namespaces every imported file uses as global usings (with the
    /// values model's when all releases have one major).
    /// </summary>
    public static string ProjectFile(string? library, string? modelNamespace = null)
    {
        var references = library is null
            ? $"    <PackageReference Include=\"OpenCode.Manifests\" Version=\"{LibraryVersion}\" />\n"
            : library.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                ? CheckoutReferences(library)
                : throw new ArgumentException($"--library takes OpenCode.Manifests.csproj of a checkout, not '{library}'.", nameof(library));
        var imports = library is null ? ("", "") : (
            $"  <Import Project=\"{BuildFile(library, "props")}\" />\n",
            $"  <Import Project=\"{BuildFile(library, "targets")}\" />\n");
        return "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <!-- Written by ocm-import: the cluster's conventions and one [App] record per imported HelmRelease; dotnet build emits kubernetes/apps/. -->\n"
            + imports.Item1
            + "  <PropertyGroup>\n"
            + "    <OutputType>Exe</OutputType>\n"
            + "    <TargetFramework>net8.0</TargetFramework>\n"
            + "    <RollForward>Major</RollForward>\n"
            + "    <Nullable>enable</Nullable>\n"
            + "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n"
            + "  </PropertyGroup>\n"
            + "  <ItemGroup>\n"
            + references
            + "  </ItemGroup>\n"
            + "  <ItemGroup>\n"
            + string.Concat(AppRecordWriter.GlobalUsings.Append(modelNamespace).OfType<string>().Select(u => $"    <Using Include=\"{u}\" />\n"))
            + "  </ItemGroup>\n"
            + imports.Item2
            + "</Project>\n";
    }

    /// <summary>A checkout's library and its generators (the entry point and the registry come from them).</summary>
    private static string CheckoutReferences(string library)
    {
        var generators = Path.Combine(Path.GetDirectoryName(library) ?? ".", "..", "..", "generators", "OpenCode.Manifests.Generators", "OpenCode.Manifests.Generators.csproj").Replace('\\', '/');
        return $"    <ProjectReference Include=\"{library.Replace('\\', '/')}\" />\n"
            + $"    <ProjectReference Include=\"{generators}\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />\n";
    }

    private static string BuildFile(string library, string extension) =>
        Path.Combine(Path.GetDirectoryName(library) ?? ".", "build", "OpenCode.Manifests." + extension).Replace('\\', '/');

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The version of the library the importer runs with (the package version it was packed as).</summary>
    public static string LibraryVersion
    {
        get
        {
            var informational = typeof(ProjectWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
