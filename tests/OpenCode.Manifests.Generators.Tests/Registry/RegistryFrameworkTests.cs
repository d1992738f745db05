using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using OpenCode.Manifests.Generators.Registry;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests.Registry;

/// <summary>
/// The registry generator under Roslyn's own generator test framework (Microsoft.CodeAnalysis.CSharp.SourceGenerators
/// .Testing): it compiles the project with the generated files, compares every generated file with the expected text,
/// and requires the exact diagnostics (id and span, from the markup) — nothing more, nothing less.
/// </summary>
public sealed class RegistryFrameworkTests
{
    [Fact]
    public async Task The_registry_of_the_sample_project_is_the_committed_snapshot_and_compiles()
    {
        var test = NewTest(entryPoint: false);
        foreach (var file in RegistrySamples.Project)
        {
            test.TestState.Sources.Add((file.Path, file.Text));
        }

        var snapshot = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Snapshots, "RegistryWithoutEntryPoint.verified.cs"));
        test.TestState.GeneratedSources.Add((typeof(AppRegistryGenerator), GeneratedRegistry.HintName, SourceText.From(snapshot, Encoding.UTF8)));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_app_without_a_parameterless_constructor_is_OCM1115_at_its_identifier()
    {
        var test = NewTest(entryPoint: false);
        test.TestState.Sources.Add((RegistrySamples.Conventions.Path, RegistrySamples.Conventions.Text));
        test.TestState.Sources.Add(("/src/Homelab/Broken.cs", $$"""
            using OpenCode.Manifests;
            using OpenCode.Manifests.Apps;

            namespace Homelab;

            [App]
            public sealed record {|OCM1115:NoParameterlessConstructor|}(string Owner) : AppDefinition
            {
            {{RegistrySamples.AppMembers}}
            }
            """));
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        await test.RunAsync();
    }

    /// <summary>
    /// Negative control: the framework fails a run whose generated text differs from the expected one by a single
    /// character, so the first test cannot pass by accident.
    /// </summary>
    [Fact]
    public async Task Negative_control_a_snapshot_one_character_off_fails_the_run()
    {
        var test = NewTest(entryPoint: false);
        foreach (var file in RegistrySamples.Project)
        {
            test.TestState.Sources.Add((file.Path, file.Text));
        }

        var snapshot = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Snapshots, "RegistryWithoutEntryPoint.verified.cs"));
        var edited = snapshot.Replace("Homelab.OpencodeHa", "Homelab.OpencodeHA", StringComparison.Ordinal);
        Assert.NotEqual(snapshot, edited);
        test.TestState.GeneratedSources.Add((typeof(AppRegistryGenerator), GeneratedRegistry.HintName, SourceText.From(edited, Encoding.UTF8)));
        await Assert.ThrowsAnyAsync<Exception>(() => test.RunAsync());
    }

    private static CSharpSourceGeneratorTest<AppRegistryGenerator, DefaultVerifier> NewTest(bool entryPoint)
    {
        var test = new CSharpSourceGeneratorTest<AppRegistryGenerator, DefaultVerifier>
        {
            // No reference-assembly package (that would be a download): the runtime and the library the project
            // references, as the other generator tests compile against.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n{RegistryHarness.EntryPointProperty} = {(entryPoint ? "true" : "false")}\n"));
        return test;
    }
}
