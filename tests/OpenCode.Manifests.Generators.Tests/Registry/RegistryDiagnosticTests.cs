using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Generators.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Generators.Tests.Registry;

/// <summary>
/// A marked type the registry cannot use is reported at its identifier (OCM1115, OCM1116) and left out, so the
/// generated code still compiles; a project with apps but no conventions type gets OCM1117 once.
/// </summary>
public sealed class RegistryDiagnosticTests
{
    private const string Header = """
        using OpenCode.Manifests;
        using OpenCode.Manifests.Apps;
        using OpenCode.Manifests.Conventions;

        namespace Homelab;


        """;

    [Theory]
    [InlineData("record", "NoParameterlessConstructor", "[App]\npublic sealed record NoParameterlessConstructor(string Owner) : AppDefinition\n{\n" + RegistrySamples.AppMembers + "\n}\n", "no public parameterless constructor")]
    [InlineData("record", "OnlyDefaults", "[App]\npublic sealed record OnlyDefaults(string Owner = \"me\") : AppDefinition\n{\n" + RegistrySamples.AppMembers + "\n}\n", "no public parameterless constructor")]
    [InlineData("record", "PrivateConstructor", "[Workspace]\npublic sealed record PrivateConstructor : OpenCodeWorkspace\n{\n    private PrivateConstructor() : base(\"private\", GitHub.Repository(\"ORG\", \"p\"), \"private\") { }\n}\n", "no public parameterless constructor")]
    [InlineData("record", "AbstractApp", "[App]\npublic abstract record AbstractApp : AppDefinition\n{\n" + RegistrySamples.AppMembers + "\n}\n", "it is abstract")]
    [InlineData("record", "GenericApp", "[App]\npublic sealed record GenericApp<T> : AppDefinition\n{\n" + RegistrySamples.AppMembers + "\n}\n", "it is generic")]
    [InlineData("class", "StaticApp", "[App]\npublic static class StaticApp\n{\n}\n", "it is static")]
    [InlineData("record", "Hidden", "public static class Outer\n{\n    [App]\n    private sealed record Hidden : AppDefinition\n    {\n" + RegistrySamples.AppMembers + "\n    }\n}\n", "not visible to generated code")]
    [InlineData("record", "WithRequired", "[App]\npublic sealed record WithRequired : AppDefinition\n{\n    public required string Owner { get; init; }\n" + RegistrySamples.AppMembers + "\n}\n", "required member 'Owner'")]
    [InlineData("record", "AbstractConventions", "[ClusterConventions]\npublic abstract record AbstractConventions() : " + RegistrySamples.ConventionsBase + ";\n", "it is abstract")]
    public void A_type_the_build_cannot_create_is_OCM1115_at_its_identifier_and_left_out(string keyword, string name, string declaration, string reason)
    {
        var file = new SourceFile("/src/Homelab/Broken.cs", Header + declaration);
        var run = Run(file, withConventions: !name.Contains("Conventions", StringComparison.Ordinal));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertAtIdentifier(diagnostic, "OCM1115", file, name, keyword);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
        AssertLeftOutAndCompiles(run, name);
    }

    [Fact]
    public void A_struct_marked_as_an_app_is_OCM1115_and_the_generated_code_has_no_error()
    {
        var file = new SourceFile("/src/Homelab/Broken.cs", Header + "[App]\npublic struct PointApp\n{\n}\n");
        var run = Run(file, withConventions: true);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertAtIdentifier(diagnostic, "OCM1115", file, "PointApp", "struct");
        Assert.Contains("a struct, not a class", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("PointApp", RegistryHarness.RegistrySource(run), StringComparison.Ordinal);

        // The compiler itself refuses [App] on a struct (CS0592, at the attribute); nothing points into generated code.
        Assert.Empty(RegistryHarness.ErrorsInGeneratedCode(run));
        Assert.All(run.CompilationErrors, e => Assert.Equal("CS0592", e.Id));
    }

    [Theory]
    [InlineData("NotAnApp", "[App]\npublic sealed record NotAnApp;\n", "OpenCode.Manifests.Apps.AppDefinition")]
    [InlineData("NotAWorkspace", "[Workspace]\npublic sealed record NotAWorkspace() : " + RegistrySamples.ConventionsBase + ";\n", "OpenCode.Manifests.Apps.AppDefinition")]
    [InlineData("NotConventions", "[ClusterConventions]\npublic sealed record NotConventions : AppDefinition\n{\n" + RegistrySamples.AppMembers + "\n}\n", "OpenCode.Manifests.Conventions.ClusterConventions")]
    public void A_type_of_the_wrong_kind_is_OCM1116_at_its_identifier_and_left_out(string name, string declaration, string requiredBase)
    {
        var file = new SourceFile("/src/Homelab/Broken.cs", Header + declaration);
        var run = Run(file, withConventions: name != "NotConventions");

        // A [ClusterConventions] type of the wrong kind is still a conventions type: no OCM1117 on top of OCM1116.
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertAtIdentifier(diagnostic, "OCM1116", file, name, "record");
        Assert.Contains("does not derive from " + requiredBase, diagnostic.GetMessage(), StringComparison.Ordinal);
        AssertLeftOutAndCompiles(run, name);
        if (name == "NotConventions")
        {
            Assert.Contains("            null);", RegistryHarness.RegistrySource(run), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Apps_without_a_conventions_type_are_OCM1117_once_at_the_first_app()
    {
        var run = RegistryHarness.Run(entryPoint: true, RegistrySamples.Workspaces, RegistrySamples.Apps);

        // Apps.cs sorts before Workspaces.cs: its Miniflux is the first app.
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertAtIdentifier(diagnostic, "OCM1117", RegistrySamples.Apps, "Miniflux", "record");
        Assert.Contains("'Homelab.Miniflux' first", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("            null);", RegistryHarness.RegistrySource(run), StringComparison.Ordinal);
        run.AssertCompiles();
    }

    [Theory]
    [InlineData("[App]\npublic sealed record Positional(string Owner) : AppDefinition\n{\n    public Positional() : this(\"me\") { }\n" + RegistrySamples.AppMembers + "\n}\n")]
    [InlineData("[App]\ninternal sealed record ImplicitConstructor : AppDefinition\n{\n" + RegistrySamples.AppMembers + "\n}\n")]
    [InlineData("public static class Outer\n{\n    [App]\n    internal sealed record Nested : AppDefinition\n    {\n" + RegistrySamples.AppMembers + "\n    }\n}\n")]
    [InlineData("[App]\npublic sealed record WithRequired : AppDefinition\n{\n    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]\n    public WithRequired() => Owner = \"me\";\n\n    public required string Owner { get; init; }\n" + RegistrySamples.AppMembers + "\n}\n")]
    public void Types_the_build_can_create_are_listed_without_diagnostics(string declaration)
    {
        var run = Run(new SourceFile("/src/Homelab/Fine.cs", Header + declaration), withConventions: true);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(4, RegistryHarness.RegistrySource(run)!.Split("new global::OpenCode.Manifests.Pipeline.AppEntry(").Length - 1);
        run.AssertCompiles();
    }

    private static GeneratorRun Run(SourceFile file, bool withConventions)
    {
        var files = new[] { RegistrySamples.Workspaces, RegistrySamples.Apps, file };
        var run = RegistryHarness.Run(entryPoint: true, withConventions ? files.Append(RegistrySamples.Conventions).ToArray() : files);
        run.AssertNoGeneratorException();
        return run;
    }

    private static void AssertAtIdentifier(Diagnostic diagnostic, string id, SourceFile file, string name, string keyword)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(file.Path, span.Path);
        Assert.Equal(RegistrySamples.IdentifierPosition(file, name, keyword), span.StartLinePosition);
        Assert.Equal(name, file.Text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    private static void AssertLeftOutAndCompiles(GeneratorRun run, string name)
    {
        var source = RegistryHarness.RegistrySource(run);
        Assert.NotNull(source);
        Assert.DoesNotContain("." + name, source, StringComparison.Ordinal);
        Assert.Contains("global::Homelab.Miniflux", source, StringComparison.Ordinal);
        Assert.Empty(RegistryHarness.ErrorsInGeneratedCode(run));
        run.AssertCompiles();
    }
}
