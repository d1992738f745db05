using System.IO;
using System.Linq;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests;

/// <summary>
/// The generator on the real bjw-s app-template 4.6.2 schema, read in place from the shared reference folder
/// (never copied into the repository): "any chart" in practice.
/// </summary>
public sealed class UpstreamSchemaTests
{
    private static string SchemaFolder => Path.Combine(RepoPaths.SharedReference, "schemas", "app-template-4.6.2");

    [Fact]
    public void App_template_4_6_2_generates_without_errors_and_compiles()
    {
        var folder = SchemaFolder;
        Assert.True(
            File.Exists(Path.Combine(folder, "values.schema.json")),
            "The upstream app-template schema is missing: expected " + Path.Combine(folder, "values.schema.json") + " (with schemas/*.json beside it).");

        var items = Directory.GetFiles(Path.Combine(folder, "schemas"), "*.json")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new SchemaItem(path, File.ReadAllText(path)))
            .Prepend(new SchemaItem(
                Path.Combine(folder, "values.schema.json"),
                File.ReadAllText(Path.Combine(folder, "values.schema.json")),
                "Upstream.AppTemplate",
                "AppTemplateValues",
                "app-template"))
            .ToList();

        var run = GeneratorHarness.Run(items);

        run.AssertNoGeneratorException();
        var blocking = run.GeneratorDiagnostics.Where(d => d.Id is "OCM1001" or "OCM1002" or "OCM1999").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
        var source = run.SourceFor("AppTemplateValues.g.cs");

        // Kept beside the test binaries for a human to read; never compared.
        File.WriteAllText(
            Path.Combine(System.AppContext.BaseDirectory, "upstream-app-template-4.6.2.g.cs"),
            "// Diagnostics:\n" + string.Join("\n", run.GeneratorDiagnostics.Select(d => "// " + d)) + "\n" + source);
        Assert.Contains("public sealed partial record AppTemplateValues", source);
        Assert.Contains("global::OpenCode.Manifests.Kubernetes.V1Probe", source);
        Assert.Contains("[global::OpenCode.Manifests.Values.YamlDiscriminator(\"type\", \"persistentVolumeClaim\", Optional = true)]", source);
        run.AssertCompiles();
    }
}
