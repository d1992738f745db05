using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using OpenCode.Manifests.Generators.ValuesSchema;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests;

/// <summary>The pipeline caches: unrelated edits re-emit nothing, a schema edit re-emits only its own root.</summary>
public sealed class IncrementalTests
{
    private static readonly Type[] ForbiddenInModels = { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SemanticModel), typeof(SyntaxTree) };

    private static SchemaItem[] TwoRoots() => new[]
    {
        SchemaItem.FromTestFile("basic.schema.json", "Incremental.Basic", "BasicValues"),
        SchemaItem.FromTestFile("unions.schema.json", "Incremental.Unions", "UnionValues"),
    };

    [Fact]
    public void Editing_unrelated_csharp_keeps_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("public class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(TwoRoots(), trackSteps: true).RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("public class Unrelated { public int Field; }", GeneratorHarness.ParseOptions, tree.FilePath));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in TrackingNames.All)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked");
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        name + " output was " + reason);
                }
            }
        }

        foreach (var (_, reason) in result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs))
        {
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "source output was " + reason);
        }
    }

    [Fact]
    public void Editing_one_schema_regenerates_only_that_root()
    {
        var items = TwoRoots();
        var texts = items.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation("public class Unrelated { }");
        var driver = GeneratorHarness.CreateDriver(items, texts, trackSteps: true).RunGenerators(compilation);
        // Two roots, each with its types and its serializers.
        Assert.Equal(4, driver.GetRunResult().Results.Single().GeneratedSources.Length);

        var unions = items[1];
        var original = texts[1];
        var editedText = unions.Text.Replace("\"properties\": {\n    \"command\"", "\"properties\": {\n    \"added\": { \"type\": \"string\" },\n    \"command\"");
        Assert.NotEqual(unions.Text, editedText);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(unions.Path, editedText)).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var specReasons = Reasons<SchemaSpec>(result, TrackingNames.Specs, spec => spec.RootTypeName);
        Assert.Contains(specReasons["BasicValues"], r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.DoesNotContain(specReasons["BasicValues"], r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Contains(IncrementalStepRunReason.Modified, specReasons["UnionValues"]);

        var sourceReasons = Reasons<GeneratedSource>(result, TrackingNames.Sources, source => source.HintName);
        Assert.All(sourceReasons["Incremental.Basic.BasicValues.g.cs"], r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Contains(IncrementalStepRunReason.Modified, sourceReasons["Incremental.Unions.UnionValues.g.cs"]);

        Assert.Contains("\"added\"", result.GeneratedSources.Single(s => s.HintName == "Incremental.Unions.UnionValues.g.cs").SourceText.ToString());
        Assert.Contains("case \"added\":", result.GeneratedSources.Single(s => s.HintName == "Incremental.Unions.UnionValues.Yaml.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Pipeline_models_hold_no_compilation_objects()
    {
        var compilation = GeneratorHarness.CreateCompilation("public class Unrelated { }");
        var items = TwoRoots().Append(SchemaItem.FromTestFile("refs.schema.json", "Incremental.Refs", "RefValues"))
            .Append(SchemaItem.FromTestFile("parts/common.json"))
            .Append(SchemaItem.FromTestFile("parts/k8s.json"));
        var result = GeneratorHarness.CreateDriver(items, trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var name in TrackingNames.All)
        {
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    AssertNoForbiddenObjects(value, name, visited);
                }
            }
        }
    }

    private static Dictionary<string, List<IncrementalStepRunReason>> Reasons<T>(GeneratorRunResult result, string stepName, Func<T, string> key)
    {
        var reasons = new Dictionary<string, List<IncrementalStepRunReason>>();
        foreach (var step in result.TrackedSteps[stepName])
        {
            foreach (var (value, reason) in step.Outputs)
            {
                var k = key((T)value);
                if (!reasons.TryGetValue(k, out var list))
                {
                    reasons[k] = list = new List<IncrementalStepRunReason>();
                }

                list.Add(reason);
            }
        }

        return reasons;
    }

    /// <summary>Fails when <paramref name="value"/> reaches a symbol, syntax node, compilation or location.</summary>
    internal static void AssertNoForbiddenObjects(object? value, string stepName, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (!value.GetType().IsValueType && !visited.Add(value))
        {
            return;
        }

        var type = value.GetType();
        foreach (var forbidden in ForbiddenInModels)
        {
            Assert.False(forbidden.IsAssignableFrom(type), "step " + stepName + " holds a " + type.FullName + " (a " + forbidden.Name + ")");
        }

        if (value is IEnumerable enumerable)
        {
            foreach (var item in enumerable)
            {
                AssertNoForbiddenObjects(item, stepName, visited);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertNoForbiddenObjects(field.GetValue(value), stepName, visited);
            }
        }
    }
}
