using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests;

/// <summary>Broken input becomes a diagnostic at the right place, never an exception.</summary>
public sealed class BadSchemaTests
{
    private const string RootPath = "/charts/bad/values.schema.json";

    [Fact]
    public void Invalid_json_is_OCM1001_at_the_offending_line()
    {
        var text = "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": { \"type\": \"string\" }\n    \"b\": {}\n  }\n}\n";
        var diagnostic = SingleDiagnostic(new SchemaItem(RootPath, text, "Bad", "BadValues"), "OCM1001");
        AssertAt(diagnostic, RootPath, line: 5, column: 5);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Invalid_json_in_a_part_is_reported_at_the_part()
    {
        var root = new SchemaItem(RootPath, "{ \"properties\": { \"x\": { \"$ref\": \"parts/p.json#/x\" } } }", "Bad", "BadValues");
        var part = new SchemaItem("/charts/bad/parts/p.json", "{\n  \"x\": { \"type\": \"string\", }\n}");
        var run = GeneratorHarness.Run(new[] { root, part });
        run.AssertNoGeneratorException();
        var invalid = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "OCM1001");
        AssertAt(invalid, part.Path, line: 2, column: 28);
        var unresolved = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "OCM1002");
        AssertAt(unresolved, RootPath, line: 1, column: 34);
        run.AssertCompiles();
    }

    [Fact]
    public void Unresolved_refs_are_OCM1002_at_the_ref_line()
    {
        var text = """
            {
              "type": "object",
              "properties": {
                "missingDefinition": { "$ref": "#/definitions/missing" },
                "missingFile": { "$ref": "nowhere.json#/x" },
                "anchor": { "$ref": "#anchor" }
              },
              "definitions": {}
            }
            """;
        var run = GeneratorHarness.Run(new[] { new SchemaItem(RootPath, text, "Bad", "BadValues") });
        run.AssertNoGeneratorException();
        var lines = run.GeneratorDiagnostics.Where(d => d.Id == "OCM1002").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l).ToList();
        Assert.Equal(new[] { 4, 5, 6 }, lines);
        Assert.All(run.GeneratorDiagnostics.Where(d => d.Id == "OCM1002"), d => Assert.Equal(RootPath, d.Location.GetLineSpan().Path));
        run.AssertCompiles();
    }

    [Fact]
    public void Unsupported_constructs_are_OCM1003_at_their_line_and_still_generate()
    {
        var text = """
            {
              "type": "object",
              "properties": {
                "typo": { "type": "strin" },
                "mixed": { "type": ["object", "string"] },
                "numbers": { "enum": [1, 2, "three"] },
                "tuple": { "type": "array", "items": [{ "type": "string" }] }
              }
            }
            """;
        var run = GeneratorHarness.Run(new[] { new SchemaItem(RootPath, text, "Bad", "BadValues") });
        run.AssertNoGeneratorException();
        var unsupported = run.GeneratorDiagnostics.Where(d => d.Id == "OCM1003").ToList();
        Assert.Equal(new[] { 4, 5, 6, 7 }, unsupported.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l));
        Assert.All(unsupported, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("FreeForm? Typo", run.SourceFor("BadValues.g.cs"));
        run.AssertCompiles();
    }

    [Theory]
    [InlineData("Bad", "123Bad", "not a valid C# type name")]
    [InlineData("Bad", "class", "not a valid C# type name")]
    [InlineData(null, "BadValues", "needs a Namespace")]
    [InlineData("Bad..Name", "BadValues", "not a valid C# namespace")]
    [InlineData("Bad.class", "BadValues", "not a valid C# namespace")]
    public void Bad_item_metadata_is_OCM1004_at_the_file(string? ns, string rootType, string expectedMessage)
    {
        var item = new SchemaItem(RootPath, "{\n  \"type\": \"object\",\n  \"properties\": { \"a\": { \"type\": \"string\" } }\n}", ns, rootType);
        var run = GeneratorHarness.Run(new[] { item });
        run.AssertNoGeneratorException();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("OCM1004", diagnostic.Id);
        Assert.Contains(expectedMessage, diagnostic.GetMessage());
        AssertAt(diagnostic, RootPath, line: 1, column: 1);
        Assert.Empty(run.Result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void Files_without_the_schema_flag_are_ignored()
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new ValuesSchema.ValuesSchemaGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText("/other/readme.json", "not json at all") },
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(new Dictionary<string, IReadOnlyDictionary<string, string>>()));
        var result = driver.RunGenerators(compilation).GetRunResult();
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Two_hundred_and_fifty_mutated_schemas_never_throw()
    {
        var original = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.Schemas, "unions.schema.json"));
        var random = new Random(20240611);
        const string noise = "{}[]\",:0-9.eEtrufalsn \n\\\"$#/";
        var compilation = GeneratorHarness.CreateCompilation();

        for (var i = 0; i < 250; i++)
        {
            var mutated = Mutate(original, random, noise);
            var driver = GeneratorHarness.CreateDriver(new[] { new SchemaItem(RootPath, mutated, "Fuzz", "FuzzValues") });
            var result = driver.RunGenerators(compilation).GetRunResult();
            var generatorResult = result.Results.Single();
            Assert.True(generatorResult.Exception is null, "mutation " + i + " threw " + generatorResult.Exception + "\n" + mutated);
            Assert.True(
                generatorResult.GeneratedSources.Length > 0 || generatorResult.Diagnostics.Length > 0,
                "mutation " + i + " produced neither source nor diagnostics\n" + mutated);
            Assert.DoesNotContain(generatorResult.Diagnostics, d => d.Id == "OCM1999");
        }
    }

    private static string Mutate(string text, Random random, string noise)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var position = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Length = position;
                    break;
                case 1:
                    builder.Remove(position, Math.Min(builder.Length - position, random.Next(1, 8)));
                    break;
                case 2:
                    builder.Insert(position, noise[random.Next(noise.Length)]);
                    break;
                case 3:
                    builder[position] = noise[random.Next(noise.Length)];
                    break;
                default:
                    // Duplicate a slice elsewhere: keeps JSON mostly valid but shuffles schema structure.
                    var length = Math.Min(builder.Length - position, random.Next(1, 60));
                    var slice = builder.ToString(position, length);
                    builder.Insert(random.Next(builder.Length), slice);
                    break;
            }
        }

        return builder.ToString();
    }

    private static Diagnostic SingleDiagnostic(SchemaItem item, string id)
    {
        var run = GeneratorHarness.Run(new[] { item });
        run.AssertNoGeneratorException();
        return Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
    }

    private static void AssertAt(Diagnostic diagnostic, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
