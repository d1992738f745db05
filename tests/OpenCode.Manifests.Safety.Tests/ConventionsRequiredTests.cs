using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// Issue 11 item 4: whatever names one particular cluster has no silent default. A conventions record that leaves
/// one out does not compile, and the compiler names the member at the record's line.
/// </summary>
public sealed class ConventionsRequiredTests
{
    private static readonly string[] ClusterNames =
    {
        "Source", "DependsOn", "Gateway", "SecretStore", "StorageClass", "VolSync", "DomainVariable", "ClusterSubstitution", "ReloaderAnnotation",
    };

    public static TheoryData<string> Members => new(ClusterNames);

    [Theory]
    [MemberData(nameof(Members))]
    public void Leaving_out_a_cluster_name_is_a_compile_error_naming_it(string member)
    {
        var source = Conventions(except: member);
        var errors = AnalyzerHarness.Compilation(source).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("CS7036", error.Id); // "There is no argument given that corresponds to the required parameter"
        Assert.Contains("'" + member + "'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(AnalyzerHarness.LineOf(source, "here"), error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void Negative_control_conventions_naming_every_member_compile()
    {
        var errors = AnalyzerHarness.Compilation(Conventions(except: null)).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(errors);
    }

    /// <summary>A consumer's conventions record with every cluster name but <paramref name="except"/>.</summary>
    private static string Conventions(string? except)
    {
        var arguments = new (string Name, string Value)[]
        {
            ("Source", "new FluxSourceReference(\"GitRepository\", \"flux-system\")"),
            ("DependsOn", "new string[0]"),
            ("Gateway", "new GatewayReference(\"internal\", \"network\", \"https\")"),
            ("SecretStore", "new SecretStoreConvention(\"ClusterSecretStore\", \"vault\")"),
            ("StorageClass", "\"longhorn\""),
            ("VolSync", "null"),
            ("DomainVariable", "\"DOMAIN\""),
            ("ClusterSubstitution", "ClusterSubstitution.FromParent(new[] { \"DOMAIN\" })"),
            ("ReloaderAnnotation", "null"),
        };
        var given = string.Join(",\n        ", arguments.Where(a => a.Name != except).Select(a => $"{a.Name}: {a.Value}"));
        return $$"""
            using OpenCode.Manifests;
            using OpenCode.Manifests.Conventions;

            namespace User;

            [ClusterConventions]
            public sealed record Homelab() : ClusterConventions( //@here
                    {{given}});
            """;
    }
}
