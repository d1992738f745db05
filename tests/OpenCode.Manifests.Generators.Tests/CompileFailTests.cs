using System.Linq;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests;

/// <summary>The generated model turns mistakes in values code into compile errors.</summary>
public sealed class CompileFailTests
{
    private static readonly SchemaItem Schema = new(
        "/schemas/foo.schema.json",
        """
        {
          "type": "object",
          "properties": {
            "replicas": { "type": "integer" },
            "name": { "type": "string" }
          },
          "required": ["name"]
        }
        """,
        "CompileFail",
        "FooValues");

    [Fact]
    public void Correct_usage_compiles()
    {
        var run = GeneratorHarness.Run(new[] { Schema }, "using CompileFail; public static class Use { public static object Make() => new FooValues { Name = \"x\", Replicas = 1 }; }");
        run.AssertCompiles();
    }

    [Fact]
    public void Misspelled_property_is_CS0117()
    {
        var run = GeneratorHarness.Run(new[] { Schema }, "using CompileFail; public static class Use { public static object Make() => new FooValues { Name = \"x\", Replicaz = 1 }; }");
        Assert.Contains(run.CompilationErrors, e => e.Id == "CS0117" && e.GetMessage().Contains("Replicaz"));
    }

    [Fact]
    public void Wrong_value_type_is_a_conversion_error()
    {
        var run = GeneratorHarness.Run(new[] { Schema }, "using CompileFail; public static class Use { public static object Make() => new FooValues { Name = \"x\", Replicas = \"two\" }; }");
        var error = Assert.Single(run.CompilationErrors);
        Assert.Equal("CS0029", error.Id);
    }

    [Fact]
    public void Missing_required_member_is_CS9035()
    {
        var run = GeneratorHarness.Run(new[] { Schema }, "using CompileFail; public static class Use { public static object Make() => new FooValues { Replicas = 2 }; }");
        Assert.Contains(run.CompilationErrors, e => e.Id == "CS9035");
        Assert.All(run.CompilationErrors, e => Assert.StartsWith("CS", e.Id));
    }
}
