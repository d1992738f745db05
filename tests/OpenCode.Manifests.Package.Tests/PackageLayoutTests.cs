using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>What <c>dotnet pack</c> puts in the package, and where.</summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    /// <summary>The SourceLink custom debug information kind in a portable PDB.</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public PackageLayoutTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public void The_package_holds_the_library_its_docs_the_analyzers_and_the_build_files()
    {
        var entries = Entries(package.NupkgPath);
        output.WriteLine("package files:\n  " + string.Join("\n  ", entries));
        Console.WriteLine("[package] files: " + string.Join(" ", entries));

        Assert.Contains("lib/net8.0/OpenCode.Manifests.dll", entries);
        Assert.Contains("lib/net8.0/OpenCode.Manifests.xml", entries);
        Assert.Contains("PACKAGE.md", entries);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            foreach (var extension in new[] { "props", "targets" })
            {
                var packed = $"{folder}/OpenCode.Manifests.{extension}";
                Assert.Contains(packed, entries);
                Assert.Equal(File.ReadAllText(Repo.File($"src/OpenCode.Manifests/build/OpenCode.Manifests.{extension}")), File.ReadAllText(Path.Combine(package.Extracted, packed)));
            }
        }

        // Every assembly built from generators/* ships as an analyzer, and none of them as a lib reference.
        var generatorAssemblies = Directory.EnumerateFiles(Repo.File("generators"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            .Select(p => "analyzers/dotnet/cs/" + AssemblyName(p) + ".dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(generatorAssemblies);
        Assert.Equal(generatorAssemblies, entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));
        Assert.Equal(new[] { "lib/net8.0/OpenCode.Manifests.dll", "lib/net8.0/OpenCode.Manifests.xml" }, entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));

        // The generators are not package dependencies either: only the runtime libraries are.
        var dependencies = NuspecOf(package.NupkgPath).Descendants(Nuspec + "dependency").Select(d => (string)d.Attribute("id")!).OrderBy(d => d, StringComparer.Ordinal);
        Assert.Equal(new[] { "YamlDotNet" }, dependencies);
    }

    [Fact]
    public void The_lib_assembly_stays_IL_and_a_ReadyToRun_image_of_it_for_the_packing_platform_is_a_runtime_asset()
    {
        // The emitting program's start-up (issue 15): precompiled code, under runtimes/<rid>/ because CoreCLR refuses
        // an image for another platform; lib/ keeps the IL every platform can JIT (src/OpenCode.Manifests/ReadyToRun.targets).
        var rid = ReadyToRunImage.PortableRuntimeIdentifier();
        var images = Entries(package.NupkgPath).Where(e => e.StartsWith("runtimes/", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { $"runtimes/{rid}/lib/net8.0/OpenCode.Manifests.dll" }, images);

        var il = ReadEntry(package.NupkgPath, "lib/net8.0/OpenCode.Manifests.dll");
        var image = ReadEntry(package.NupkgPath, images[0]);
        output.WriteLine($"lib: {il.Length} bytes; {images[0]}: {image.Length} bytes");
        // The oracle answers no for the IL assembly (the negative control) and names this platform for the image.
        Assert.Null(ReadyToRunImage.TargetMachine(il));
        Assert.Equal(ReadyToRunImage.MachineForThisPlatform(), ReadyToRunImage.TargetMachine(image));

        // The same assembly (its MVID), deterministic like the IL one, and matched by the one PDB of the symbols package.
        using var ilReader = new PEReader(new MemoryStream(il));
        using var imageReader = new PEReader(new MemoryStream(image));
        Assert.Equal(Mvid(ilReader), Mvid(imageReader));
        Assert.Contains(imageReader.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.Reproducible);
        Assert.Equal(
            ilReader.ReadCodeViewDebugDirectoryData(ilReader.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView)).Guid,
            imageReader.ReadCodeViewDebugDirectoryData(imageReader.ReadDebugDirectory().Single(e => e.Type == DebugDirectoryEntryType.CodeView)).Guid);
    }

    [Fact]
    public void The_nuspec_has_readme_license_and_repository_metadata()
    {
        var metadata = NuspecOf(package.NupkgPath).Root!.Element(Nuspec + "metadata")!;
        Assert.Equal("OpenCode.Manifests", (string?)metadata.Element(Nuspec + "id"));
        Assert.Equal(package.Version, (string?)metadata.Element(Nuspec + "version"));
        Assert.Equal("PACKAGE.md", (string?)metadata.Element(Nuspec + "readme"));
        var license = metadata.Element(Nuspec + "license")!;
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.False(string.IsNullOrWhiteSpace((string?)metadata.Element(Nuspec + "description")));

        var repository = metadata.Element(Nuspec + "repository")!;
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal(PackedPackage.RepositoryUrl, (string?)repository.Attribute("url"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit"));
    }

    [Fact]
    public void The_symbols_package_has_a_portable_pdb_with_SourceLink_to_the_packed_commit()
    {
        Assert.Contains("lib/net8.0/OpenCode.Manifests.pdb", Entries(package.SnupkgPath));
        var commit = (string)NuspecOf(package.NupkgPath).Descendants(Nuspec + "repository").Single().Attribute("commit")!;

        using var archive = ZipFile.OpenRead(package.SnupkgPath);
        using var pdbStream = new MemoryStream();
        using (var entry = archive.GetEntry("lib/net8.0/OpenCode.Manifests.pdb")!.Open())
        {
            entry.CopyTo(pdbStream);
        }

        pdbStream.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdb = provider.GetMetadataReader();
        var sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(pdb.GetCustomDebugInformation)
            .Where(info => pdb.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value)))
            .SingleOrDefault();
        Assert.False(sourceLink is null, "the PDB has no SourceLink map");
        output.WriteLine("SourceLink: " + sourceLink);
        Assert.Contains("https://raw.githubusercontent.com/", sourceLink, StringComparison.Ordinal);
        Assert.Contains("/" + commit + "/", sourceLink, StringComparison.Ordinal);

        // ContinuousIntegrationBuild maps the build machine's paths away: no document names a folder of this clone.
        var documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).ToList();
        Assert.Contains("/_/src/OpenCode.Manifests/Cli/ManifestsProgram.cs", documents);
        Assert.DoesNotContain(documents, d => d.StartsWith(Repo.Root, StringComparison.Ordinal));
    }

    [Fact]
    public void The_assembly_is_built_deterministically()
    {
        // The compiler writes a Reproducible debug directory entry only under /deterministic: the PE timestamp and
        // MVID are then a hash of the content, not the clock.
        using var pe = new PEReader(new MemoryStream(ReadEntry(package.NupkgPath, "lib/net8.0/OpenCode.Manifests.dll")));
        Assert.Contains(pe.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.Reproducible);
    }

    [Fact]
    public void The_packed_xml_docs_summarize_the_app_template_types()
    {
        var docs = XDocument.Load(Path.Combine(package.Extracted, "lib", "net8.0", "OpenCode.Manifests.xml"));
        var summaries = docs.Descendants("member")
            .Where(m => ((string)m.Attribute("name")!).StartsWith("T:OpenCode.Manifests.AppTemplate.", StringComparison.Ordinal))
            .ToDictionary(m => ((string)m.Attribute("name")!).Substring(2), m => m.Element("summary")?.Value.Trim() ?? "", StringComparer.Ordinal);

        // Every public app-template type in the packed assembly has a non-empty summary in the packed XML file.
        var publicTypes = PublicTypes(Path.Combine(package.Extracted, "lib", "net8.0", "OpenCode.Manifests.dll"))
            .Where(t => t.StartsWith("OpenCode.Manifests.AppTemplate.", StringComparison.Ordinal))
            .ToList();
        Assert.True(publicTypes.Count > 30, $"only {publicTypes.Count} app-template types packed");
        var undocumented = publicTypes.Where(t => !summaries.TryGetValue(t, out var s) || s.Length == 0).ToList();
        Assert.True(undocumented.Count == 0, "app-template types without a summary: " + string.Join(", ", undocumented));
        Assert.False(string.IsNullOrWhiteSpace(summaries["OpenCode.Manifests.AppTemplate.Controller"]));
        Assert.False(string.IsNullOrWhiteSpace(summaries["OpenCode.Manifests.AppTemplate.AppTemplateValues"]));
    }

    private static List<string> Entries(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        return archive.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
    }

    private static Guid Mvid(PEReader pe)
    {
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    private static XDocument NuspecOf(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        using var stream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static byte[] ReadEntry(string package, string name)
    {
        using var archive = ZipFile.OpenRead(package);
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The assembly name a project builds (its AssemblyName, else the project file's name).</summary>
    private static string AssemblyName(string projectPath)
    {
        var declared = Regex.Match(File.ReadAllText(projectPath), "<AssemblyName>([^<]+)</AssemblyName>");
        return declared.Success ? declared.Groups[1].Value.Trim() : Path.GetFileNameWithoutExtension(projectPath);
    }

    private static IEnumerable<string> PublicTypes(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (!IsVisible(metadata, type))
            {
                continue;
            }

            names.Add(FullName(metadata, type));
        }

        return names;
    }

    private static bool IsVisible(MetadataReader metadata, TypeDefinition type)
    {
        var visibility = type.Attributes & System.Reflection.TypeAttributes.VisibilityMask;
        if (visibility == System.Reflection.TypeAttributes.Public)
        {
            return true;
        }

        return visibility is System.Reflection.TypeAttributes.NestedPublic or System.Reflection.TypeAttributes.NestedFamily or System.Reflection.TypeAttributes.NestedFamORAssem
            && IsVisible(metadata, metadata.GetTypeDefinition(type.GetDeclaringType()));
    }

    /// <summary>The name the XML docs use: namespace, then declaring types joined with dots.</summary>
    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name); // generic arity (`1) is kept: the XML docs keep it too
        return type.GetDeclaringType().IsNil
            ? metadata.GetString(type.Namespace) + "." + name
            : FullName(metadata, metadata.GetTypeDefinition(type.GetDeclaringType())) + "." + name;
    }
}
