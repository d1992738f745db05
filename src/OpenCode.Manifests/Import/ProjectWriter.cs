using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes a ready-to-build project: <c>&lt;dir&gt;/&lt;Dir name in PascalCase&gt;.csproj</c> referencing OpenCode.Manifests (the
/// package at the importer's own version, or the project/assembly given with <c>--library</c>) and one C# file per
/// release. <c>dotnet build &lt;dir&gt;</c> then compiles every release with warnings as errors.
/// </summary>
public static class ProjectWriter
{
    /// <summary>Writes the project file and the releases; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ImportResult result, string directory, string? library)
    {
        Directory.CreateDirectory(directory);
        var name = CSharpIdentifiers.Pascal(Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar))) is { Length: > 0 } pascal ? pascal : "Imported";
        var project = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(project, ProjectFile(library is null ? null : Path.GetRelativePath(Path.GetFullPath(directory), Path.GetFullPath(library))), new UTF8Encoding(false));
        return new[] { project }.Concat(result.WriteTo(directory)).ToList();
    }

    /// <summary>The project file: net8.0 (what the library targets), nullable, warnings as errors.</summary>
    public static string ProjectFile(string? library)
    {
        var reference = library switch
        {
            null => $"    <PackageReference Include=\"OpenCode.Manifests\" Version=\"{LibraryVersion}\" />",
            _ when library.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) => $"    <ProjectReference Include=\"{library}\" />",
            _ => $"    <Reference Include=\"OpenCode.Manifests\" HintPath=\"{library}\" />",
        };
        return "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + "  <!-- Written by ocm-import: one static class per imported HelmRelease. -->\n"
            + "  <PropertyGroup>\n"
            + "    <TargetFramework>net8.0</TargetFramework>\n"
            + "    <RollForward>Major</RollForward>\n"
            + "    <Nullable>enable</Nullable>\n"
            + "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n"
            + "  </PropertyGroup>\n"
            + "  <ItemGroup>\n"
            + reference + "\n"
            + "  </ItemGroup>\n"
            + "</Project>\n";
    }

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
