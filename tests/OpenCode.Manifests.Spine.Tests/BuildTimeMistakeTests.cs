using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Diagnostics;
using DiagnosticSeverity = OpenCode.Manifests.Diagnostics.DiagnosticSeverity;
using Xunit;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// Mistakes the type system cannot stop are build errors at the exact line that made them; the string-keyed forms
/// that would let a reference dangle do not exist.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class BuildTimeMistakeTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/app", Tag = "1.2.3" };

    [Fact]
    public void Mounting_into_a_container_of_another_release_is_OCM2001_at_the_MountInto_line()
    {
        var other = new AppTemplateBuilder("other");
        var foreignContainer = other.Controller("other").Container("app", Image);

        var builder = new AppTemplateBuilder("x");
        builder.Controller("x").Container("app", Image);
        var volume = builder.EmptyDir("data");
        volume.MountInto(foreignContainer, "/data"); var line = Line();

        var diagnostic = Assert.Single(builder.Diagnostics, d => d.Id == "OCM2001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(ThisFile(), diagnostic.Location.FilePath);
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Equal(ColumnOfFirstCode(line), diagnostic.Location.Column);
        Assert.Contains("'other'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'x'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(other.Diagnostics);
    }

    [Fact]
    public void An_env_var_from_an_undeclared_secret_key_is_OCM2002_at_that_line()
    {
        var builder = new AppTemplateBuilder("x");
        var app = builder.Controller("x").Container("app", Image);
        var secret = builder.Secret("x-secrets");
        secret.Declare("PASSWORD", "X_PASSWORD");

        app.SetEnv("GOOD", secret["PASSWORD"]);
        Assert.Empty(builder.Diagnostics);

        app.SetEnv("BAD", secret["NOPE"]); var line = Line();

        var diagnostic = Assert.Single(builder.Diagnostics);
        Assert.Equal("OCM2002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(ThisFile(), diagnostic.Location.FilePath);
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Contains("'NOPE'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("PASSWORD", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pipeline_reports_builder_mistakes_and_emits_nothing()
    {
        var emission = SpineMistake.Run(out var line);
        var diagnostic = Assert.Single(emission.Diagnostics, d => d.Id == "OCM2001");
        Assert.Equal(line, diagnostic.Location.Line);
        Assert.Empty(emission.Files);
    }

    [Fact]
    public void The_canonical_text_form_is_file_line_col_error_id_message()
    {
        var builder = new AppTemplateBuilder("x");
        var secret = builder.Secret("x-secrets");
        _ = secret["NOPE"]; var line = Line();
        var text = Assert.Single(builder.Diagnostics).ToString();

        var match = Regex.Match(text, @"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\): error (?<id>OCM\d{4}): (?<message>.+)$");
        Assert.True(match.Success, $"not canonical: {text}");
        Assert.Equal(ThisFile(), match.Groups["file"].Value);
        Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups["line"].Value);
        Assert.Equal(ColumnOfFirstCode(line).ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups["col"].Value);
        Assert.Equal("OCM2002", match.Groups["id"].Value);

        var warning = new ManifestDiagnostic("OCM9999", DiagnosticSeverity.Warning, "careful", new SourceLocation("/a/b.cs", 3, 5));
        Assert.Equal("/a/b.cs(3,5): warning OCM9999: careful", warning.ToString());
        var nowhere = new ManifestDiagnostic("OCM9998", DiagnosticSeverity.Error, "no place", SourceLocation.None);
        Assert.Equal("OpenCode.Manifests: error OCM9998: no place", nowhere.ToString());
    }

    [Fact]
    public void A_string_keyed_MountInto_does_not_exist()
    {
        // Reflection: every MountInto takes a ContainerHandle first.
        var overloads = typeof(VolumeHandle).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == "MountInto").ToList();
        Assert.NotEmpty(overloads);
        Assert.All(overloads, m => Assert.Equal(typeof(ContainerHandle), m.GetParameters()[0].ParameterType));

        // The compiler: the chart's string keys do not compile.
        const string snippet = """
            using OpenCode.Manifests.Composition;

            public static class UserCode
            {
                public static void Mount(VolumeHandle volume) => volume.MountInto("controller", "container", "/x");
            }
            """;
        var errors = Compile(snippet).Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("CS", e.Id, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Id is "CS1503" or "CS1502" or "CS1501");
        Assert.Contains(errors, e => e.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("ContainerHandle", StringComparison.Ordinal));

        // …and the handle form does (so the errors above are about the string keys, not the setup).
        const string good = """
            using OpenCode.Manifests.AppTemplate;
            using OpenCode.Manifests.Composition;

            public static class UserCode
            {
                public static void Mount(AppTemplateBuilder builder, VolumeHandle volume)
                {
                    var app = builder.Controller("controller").Container("container", new ContainerImage { Repository = "r", Tag = "1.0.0" });
                    volume.MountInto(app, "/x");
                }
            }
            """;
        Assert.DoesNotContain(Compile(good), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    private static IReadOnlyList<Diagnostic> Compile(string source)
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted
            .Concat(new[] { typeof(VolumeHandle).Assembly.Location, typeof(YamlDotNet.RepresentationModel.YamlNode).Assembly.Location })
            .Where(p => p.Length > 0)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "UserCode",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics();
    }

    private static int Line([CallerLineNumber] int line = 0) => line;

    private static string ThisFile([CallerFilePath] string file = "") => file;

    private static int ColumnOfFirstCode(int line)
    {
        var text = File.ReadAllLines(ThisFile())[line - 1];
        return text.Length - text.TrimStart(' ', '\t').Length + 1;
    }
}

/// <summary>A workspace whose Customize mounts a volume into a container of another release.</summary>
internal sealed record ForeignMountWorkspace() : OpenCodeWorkspace("mistake", GitHub.Repository("ORG", "repo"), "mistake")
{
    public int MountLine { get; private set; }

    protected override void Customize(OpenCodeApp app)
    {
        var foreign = new AppTemplateBuilder("other").Controller("other").Container("app", new ContainerImage { Repository = "r", Tag = "1.0.0" });
        app.EmptyDir("scratch").MountInto(foreign, "/scratch"); MountLine = Here();
    }

    private static int Here([CallerLineNumber] int line = 0) => line;
}

internal static class SpineMistake
{
    public static OpenCode.Manifests.Pipeline.Emission Run(out int line)
    {
        var workspace = new ForeignMountWorkspace();
        var emission = Infrastructure.SingleWorkspace.Run(workspace);
        line = workspace.MountLine;
        return emission;
    }
}
