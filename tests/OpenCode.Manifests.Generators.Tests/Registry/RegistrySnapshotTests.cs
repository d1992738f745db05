using System;
using System.IO;
using System.Linq;
using System.Reflection;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using OpenCode.Manifests.Pipeline;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests.Registry;

/// <summary>
/// The generated registry for a small project, compared with committed snapshots, compiled, and run: its entries
/// come in declaration order and carry the line and column of each type's identifier.
/// </summary>
public sealed class RegistrySnapshotTests
{
    [Fact]
    public void Workspaces_app_and_conventions_with_the_entry_point()
    {
        var run = RegistryHarness.Run(entryPoint: true, RegistrySamples.Project);

        run.AssertNoGeneratorException();
        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Verify("RegistryWithEntryPoint", RegistryHarness.RegistrySource(run)!);
        run.AssertCompiles();
    }

    [Fact]
    public void Workspaces_app_and_conventions_without_the_entry_point()
    {
        var run = RegistryHarness.Run(entryPoint: false, RegistrySamples.Project);

        run.AssertNoGeneratorException();
        Assert.Empty(run.GeneratorDiagnostics);
        var source = RegistryHarness.RegistrySource(run)!;
        Snapshot.Verify("RegistryWithoutEntryPoint", source);
        Assert.DoesNotContain("Main(", source, StringComparison.Ordinal);
        run.AssertCompiles();
    }

    [Fact]
    public void Nothing_is_generated_for_a_project_without_apps_or_entry_point()
    {
        var run = RegistryHarness.Run(entryPoint: false, RegistrySamples.Conventions);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Null(RegistryHarness.RegistrySource(run));
    }

    [Fact]
    public void The_generated_registry_creates_each_app_and_the_conventions()
    {
        var registry = CreateRegistry(RegistrySamples.Project);

        Assert.Equal(new[] { "Homelab.Miniflux", "Homelab.OpencodeFlux", "Homelab.OpencodeHa" }, registry.Apps.Select(a => a.TypeName));
        Assert.Equal(new[] { "Miniflux", "OpencodeFlux", "OpencodeHa" }, registry.Apps.Select(a => a.Create().GetType().Name));
        Assert.Equal("longhorn", registry.CreateConventions().StorageClass);
    }

    // The old generator took the line from the identifier but the column from the attribute list: here that is
    // column 5 (the '[' of "[App]" on the line above), not the identifier's 26.
    [Fact]
    public void Each_entry_is_declared_at_the_line_and_column_of_its_identifier()
    {
        var indented = new SourceFile("/src/Homelab/Indented.cs", """
            using OpenCode.Manifests;
            using OpenCode.Manifests.Apps;

            namespace Homelab
            {
                [App]
                public sealed record Indented : AppDefinition
                {
            """ + "\n" + RegistrySamples.AppMembers + "\n" + """
                }

                [App] public sealed record SameLine : AppDefinition
                {
            """ + "\n" + RegistrySamples.AppMembers + "\n" + """
                }
            }

            """);
        var files = RegistrySamples.Project.Append(indented).ToArray();
        var registry = CreateRegistry(files);

        foreach (var (file, name) in new[]
        {
            (indented, "Indented"), (indented, "SameLine"),
            (RegistrySamples.Workspaces, "OpencodeFlux"), (RegistrySamples.Workspaces, "OpencodeHa"), (RegistrySamples.Apps, "Miniflux"),
        })
        {
            var expected = RegistrySamples.IdentifierPosition(file, name);
            var entry = registry.Apps.Single(a => a.TypeName == "Homelab." + name);
            Assert.Equal(file.Path, entry.DeclaredAt.FilePath);
            Assert.Equal((expected.Line + 1, expected.Character + 1), (entry.DeclaredAt.Line, entry.DeclaredAt.Column));
        }

        Assert.Equal(26, registry.Apps.Single(a => a.TypeName == "Homelab.Indented").DeclaredAt.Column);
    }

    [Fact]
    public void Apps_and_workspaces_are_merged_in_file_line_and_column_order()
    {
        var oneLine = new SourceFile("/src/Homelab/A.cs",
            "using OpenCode.Manifests; using OpenCode.Manifests.Apps; namespace Homelab; "
            + "[Workspace] public sealed record Second() : OpenCodeWorkspace(\"second\", GitHub.Repository(\"ORG\", \"b\"), \"second\"); "
            + "[App] public sealed record Third : AppDefinition { " + RegistrySamples.AppMembers.Replace('\n', ' ') + " } "
            + "[Workspace] public sealed record Fourth() : OpenCodeWorkspace(\"fourth\", GitHub.Repository(\"ORG\", \"d\"), \"fourth\");\n"
            + "[App] public sealed record Fifth : AppDefinition { " + RegistrySamples.AppMembers.Replace('\n', ' ') + " }\n");
        var first = new SourceFile("/src/Homelab/0.cs",
            "using OpenCode.Manifests; using OpenCode.Manifests.Apps; namespace Homelab; "
            + "[App] public sealed record First : AppDefinition { " + RegistrySamples.AppMembers.Replace('\n', ' ') + " }\n");

        var registry = CreateRegistry(oneLine, RegistrySamples.Conventions, first);

        Assert.Equal(new[] { "First", "Second", "Third", "Fourth", "Fifth" }, registry.Apps.Select(a => a.TypeName.Split('.').Last()));
    }

    /// <summary>Runs the generator, compiles the result and calls the generated <c>GeneratedAppRegistry.Create()</c>.</summary>
    private static AppRegistry CreateRegistry(params SourceFile[] files)
    {
        var run = RegistryHarness.Run(entryPoint: false, files);
        run.AssertNoGeneratorException();
        Assert.Empty(run.GeneratorDiagnostics);
        run.AssertCompiles();

        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        // Assembly.Load(byte[]) gives each test its own copy; OpenCode.Manifests resolves to the one this test loaded.
        var assembly = Assembly.Load(image.ToArray());
        var create = assembly.GetType("OpenCode.Manifests.Generated.GeneratedAppRegistry", throwOnError: true)!
            .GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;
        return (AppRegistry)create.Invoke(null, null)!;
    }
}
