using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.Generators.Registry;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests.Registry;

/// <summary>
/// The registry generator caches: edits that leave every marked type's name and position as they were regenerate
/// nothing; a new [App] type regenerates the registry.
/// </summary>
public sealed class RegistryIncrementalTests
{
    [Fact]
    public void Adding_a_file_with_an_unrelated_class_keeps_every_step_cached()
    {
        var (driver, compilation) = FirstRun();

        var edited = compilation.AddSyntaxTrees(new SourceFile("/src/Homelab/Unrelated.cs", "namespace Homelab; public sealed class Unrelated { public int Field; }").Parse());
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertStepsCachedOrUnchanged(result, RegistryTrackingNames.All);
        AssertOutputNotRegenerated(result);
    }

    [Fact]
    public void Editing_a_method_body_inside_a_marked_type_keeps_every_step_cached()
    {
        var (driver, compilation) = FirstRun();

        var edited = Replace(compilation, RegistrySamples.Workspaces, "\"/cache\"", "\"/var/cache/opencode\"");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // The workspace transform runs again for the edited file and yields equal data; nothing after it runs.
        Assert.Contains(result.TrackedSteps[RegistryTrackingNames.WorkspaceTypes].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Unchanged);
        AssertStepsCachedOrUnchanged(result, RegistryTrackingNames.All);
        AssertOutputNotRegenerated(result);
    }

    [Fact]
    public void An_edit_that_moves_a_later_type_within_its_line_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();

        // OpencodeFlux's body grows on one line: OpencodeHa, further down the same file, moves by some characters but
        // keeps its line and column. Its own model changes (its diagnostic span would), the registry's does not.
        var edited = Replace(compilation, RegistrySamples.Workspaces, "\"/scratch\"", "\"/scratch/of/flux\"");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[RegistryTrackingNames.WorkspaceTypes].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        AssertStepsCachedOrUnchanged(result, new[] { RegistryTrackingNames.Model, RegistryTrackingNames.Source, RegistryTrackingNames.AppTypes, RegistryTrackingNames.ConventionsTypes });
        AssertOutputNotRegenerated(result);
    }

    [Fact]
    public void Adding_an_app_type_regenerates_the_registry()
    {
        var (driver, compilation) = FirstRun();

        var added = new SourceFile("/src/Homelab/Paperless.cs", """
            using OpenCode.Manifests;
            using OpenCode.Manifests.Apps;

            namespace Homelab;

            [App]
            public sealed record Paperless : AppDefinition
            {
            """ + "\n" + RegistrySamples.AppMembers + "\n}\n");
        var result = driver.RunGenerators(compilation.AddSyntaxTrees(added.Parse())).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[RegistryTrackingNames.AppTypes].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.New);
        Assert.Contains(result.TrackedSteps[RegistryTrackingNames.Model].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(result.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("new global::Homelab.Paperless()", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_compilation_objects()
    {
        var compilation = RegistryHarness.CreateCompilation(RegistrySamples.Project.Append(new SourceFile("/src/Homelab/Broken.cs", """
            using OpenCode.Manifests;
            using OpenCode.Manifests.Apps;

            namespace Homelab;

            [App]
            public sealed record NoParameterlessConstructor(string Name) : AppDefinition
            {
            """ + "\n" + RegistrySamples.AppMembers + "\n}\n")));
        var result = RegistryHarness.CreateDriver(entryPoint: true, trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var name in RegistryTrackingNames.All)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked");
            foreach (var (value, _) in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                IncrementalTests.AssertNoForbiddenObjects(value, name, visited);
            }
        }
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = RegistryHarness.CreateCompilation(RegistrySamples.Project);
        var driver = RegistryHarness.CreateDriver(entryPoint: true, trackSteps: true).RunGenerators(compilation);
        Assert.Single(driver.GetRunResult().GeneratedTrees);
        return (driver, compilation);
    }

    private static Compilation Replace(Compilation compilation, SourceFile file, string oldText, string newText)
    {
        Assert.Contains(oldText, file.Text, StringComparison.Ordinal);
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == file.Path);
        var edited = file with { Text = file.Text.Replace(oldText, newText, StringComparison.Ordinal) };
        return compilation.ReplaceSyntaxTree(tree, edited.Parse());
    }

    private static void AssertStepsCachedOrUnchanged(GeneratorRunResult result, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked");
            foreach (var (_, reason) in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + " output was " + reason);
            }
        }
    }

    private static void AssertOutputNotRegenerated(GeneratorRunResult result)
    {
        var outputs = result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "source output was " + o.Reason));
        Assert.Single(result.GeneratedSources);
    }
}
