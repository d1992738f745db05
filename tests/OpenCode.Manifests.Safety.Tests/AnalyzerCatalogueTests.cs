using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// The compile-time half of the mistake catalogue: each row is a small workspace file with one mistake, marked
/// <c>//@here</c>; compiling it with the analyzers reports exactly that id, at that file and line, and nothing
/// else from OpenCode.Manifests. A compile error stops the build before the pipeline runs, so none reaches YAML.
/// </summary>
public sealed class AnalyzerCatalogueTests
{
    private const string Usings = "using System.Collections.Generic;\nusing OpenCode.Manifests.Kubernetes;\nusing OpenCode.Manifests;\nusing OpenCode.Manifests.AppTemplate;\nusing OpenCode.Manifests.Composition;\nusing OpenCode.Manifests.Conventions;\n\nnamespace User;\n\n";

    /// <summary>A workspace with <paramref name="body"/> as its Customize.</summary>
    private static string Customized(string body) => Usings + $$"""
        [Workspace]
        public sealed record Ha() : OpenCodeWorkspace(Name: "opencode-ha", Repository: GitHub.Repository("ORG", "repo"), Host: "ha.opencode")
        {
            protected override void Customize(OpenCodeApp app)
            {
                {{body}}
            }
        }
        """;

    /// <summary>A workspace whose constructor body is <paramref name="body"/>.</summary>
    private static string Constructed(string body) => Usings + $$"""
        [Workspace]
        public sealed record Ha : OpenCodeWorkspace
        {
            public Ha() : base("opencode-ha", GitHub.Repository("ORG", "repo"), "ha.opencode")
            {
                {{body}}
            }
        }
        """;

    public static TheoryData<string, string, string> Mistakes => new()
    {
        {
            "workspace name with upper case and '_' (record base call)", "OCM1101", Usings + """
            [Workspace]
            public sealed record Ha() : OpenCodeWorkspace(
                Name: "OpenCode_HA", //@here
                Repository: GitHub.Repository("ORG", "repo"),
                Host: "ha.opencode");
            """
        },
        {
            "controller id that is not a DNS label", "OCM1101", Customized("""app.Builder.Controller("Worker").Container("main", new ContainerImage { Repository = "ghcr.io/x/y", Tag = "1.0.0" }); //@here""")
        },
        {
            "host including the domain with a trailing dot", "OCM1104", Usings + """
            [Workspace]
            public sealed record Ha() : OpenCodeWorkspace(Name: "opencode-ha", Repository: GitHub.Repository("ORG", "repo"),
                Host: "ha.example.com."); //@here
            """
        },
        {
            "host that already carries a domain", "OCM1104", Usings + """
            [Workspace]
            public sealed record Notes() : OpenCodeWorkspace(Name: "notes", Repository: GitHub.Repository("ORG", "notes"),
                Host: "notes.home.arpa"); //@here
            """
        },
        {
            "route host with a domain of its own", "OCM1104", Customized("""app.App.Route("docs", app.Service, "docs.example.com"); //@here""")
        },
        {
            "mount path that is relative", "OCM1102", Customized("""app.EmptyDir("cache").MountInto(app.Server, "home/opencode/.cache"); //@here""")
        },
        {
            "subPath escaping the volume with '..'", "OCM1103", Customized("""app.Data.MountInto(app.Server, "/srv", "../etc"); //@here""")
        },
        {
            "capacity in GB instead of a quantity", "OCM1106", Constructed("""Capacity = "10GB"; //@here""")
        },
        {
            "scratch size limit with a space", "OCM1106", Customized("""app.EmptyDir("cache", "1 Gi").MountInto(app.Server, "/cache"); //@here""")
        },
        {
            "backup schedule in words", "OCM1105", Constructed("""BackupSchedule = "every 6 hours"; //@here""")
        },
        {
            "backup schedule with an hour out of range", "OCM1105", Constructed("""BackupSchedule = "0 25 * * *"; //@here""")
        },
        {
            "environment variable name with '-'", "OCM1107", Customized("""app.Server.SetEnv("LOG-LEVEL", "debug"); //@here""")
        },
        {
            "image tag with a space", "OCM1108", Constructed("""Image = new PinnedImage("ghcr.io/anomalyco/opencode", "1.18 beta"); //@here""")
        },
        {
            "tag written into the repository", "OCM1109", Constructed("""Image = new PinnedImage("ghcr.io/anomalyco/opencode:1.18.33", "1.18.33"); //@here""")
        },
        {
            "port out of range", "OCM1110", Constructed("""Port = 70000; //@here""")
        },
        {
            "OpenCode image tagged latest", "OCM1112", Constructed("""Image = new PinnedImage("ghcr.io/anomalyco/opencode", "latest"); //@here""")
        },
        {
            "sidecar image without a tag", "OCM1112", Customized("""app.Controller.Container("sidecar", new ContainerImage { Repository = "ghcr.io/x/y" }); //@here""")
        },
        {
            "GitHub token pasted into an env value", "OCM1113", Customized("""app.Server.SetEnv("GH_TOKEN_VALUE", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"); //@here""")
        },
        {
            "high-entropy API key pasted into an env value", "OCM1113", Customized("""app.Server.SetEnv("ANTHROPIC", "aB3xQ9zL2mN7pR4tV8wY1cE6gJ5kH0sD"); //@here""")
        },
        {
            "password variable with a literal", "OCM1113", Customized("""app.Server.SetEnv("DB_PASSWORD", "hunter2hunter2"); //@here""")
        },
        {
            "two workspaces with one name", "OCM1111", Usings + """
            [Workspace]
            public sealed record Flux() : OpenCodeWorkspace(Name: "opencode-flux", Repository: GitHub.Repository("ORG", "k8s"), Host: "flux.opencode");

            [Workspace]
            public sealed record Flux2() : OpenCodeWorkspace(
                Name: "opencode-flux", //@here
                Repository: GitHub.Repository("ORG", "k8s-2"), Host: "flux2.opencode");
            """
        },
        {
            "two cluster conventions", "OCM1114", Usings + """
            [ClusterConventions]
            public sealed record Home() : ClusterConventions(
                new FluxSourceReference("GitRepository", "flux-system"), [], new GatewayReference("internal", "network", "https"),
                new SecretStoreConvention("ClusterSecretStore", "vault"), "longhorn", null, "DOMAIN",
                ClusterSubstitution.FromParent(["DOMAIN"]), null);

            [ClusterConventions]
            public sealed record Lab() : ClusterConventions( //@here
                new FluxSourceReference("GitRepository", "flux-system"), [], new GatewayReference("internal", "network", "https"),
                new SecretStoreConvention("ClusterSecretStore", "vault"), "longhorn", null, "DOMAIN",
                ClusterSubstitution.FromParent(["DOMAIN"]), null);
            """
        },
        {
            "app-template chart pinned to a major without a values model", "OCM1120", Usings + """
            [Workspace]
            public sealed record Ha : OpenCodeWorkspace
            {
                public Ha() : base("opencode-ha", GitHub.Repository("ORG", "repo"), "ha.opencode") =>
                    Chart = new ChartSource("oci://ghcr.io/bjw-s-labs/helm/app-template",
                        "6.0.0"); //@here
            }
            """
        },
        {
            "app-template chart pinned to latest", "OCM1120", Constructed("""Chart = new ChartSource(Version: "latest", Url: "oci://ghcr.io/bjw-s-labs/helm/app-template"); //@here""")
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void The_mistake_is_reported_with_its_id_at_its_file_and_line(string mistake, string id, string source)
    {
        var diagnostics = AnalyzerHarness.Run(source).Where(d => d.Id.StartsWith("OCM", StringComparison.Ordinal)).ToList();
        var expectedLine = AnalyzerHarness.LineOf(source, "here");

        var diagnostic = Assert.Single(diagnostics);
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(id == diagnostic.Id, $"{mistake}: expected {id}, got {diagnostic}");
        Assert.Equal(AnalyzerHarness.FileName, span.Path);
        Assert.Equal(expectedLine, span.StartLinePosition.Line + 1);
        var expectedSeverity = DiagnosticSeverity.Error;
        Assert.Equal(expectedSeverity, diagnostic.Severity);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Arguments of the wrong type: the compiler says only CS1503; the analyzers say what to write instead.</summary>
    public static TheoryData<string, string, string> WrongArgumentTypes => new()
    {
        {
            "container passed by its name", "OCM1118", Customized("""app.Data.MountInto("app", "/srv/extra", "extra"); //@here""")
        },
        {
            "secret key passed by its name", "OCM1118", Customized("""app.Builder.SecretFiles("files", app.Secret, new[] { new SecretFile("GITHUB_PAT", "token") }, FileMode.OwnerRead); //@here""")
        },
        {
            "file mode written as a number", "OCM1119", Customized("""app.Builder.SecretFiles("files", app.Secret, new[] { new SecretFile(app.GitHubToken, "token") }, 0440); //@here""")
        },
    };

    [Theory]
    [MemberData(nameof(WrongArgumentTypes))]
    public void A_wrong_argument_type_gets_a_hint_at_the_line_of_CS1503(string mistake, string id, string source)
    {
        var diagnostics = AnalyzerHarness.Run(source, "CS1503");
        var expectedLine = AnalyzerHarness.LineOf(source, "here");
        var compiler = AnalyzerHarness.Compilation(source).GetDiagnostics().Where(d => d.Id == "CS1503").ToList();
        Assert.True(compiler.Count == 1, $"{mistake}: expected one CS1503, got {string.Join("; ", compiler)}");

        var diagnostic = Assert.Single(diagnostics, d => d.Id.StartsWith("OCM", StringComparison.Ordinal));
        Assert.True(id == diagnostic.Id, $"{mistake}: expected {id}, got {diagnostic}");
        Assert.Equal(expectedLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(compiler[0].Location.SourceSpan, diagnostic.Location.SourceSpan);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Negative_control_a_wrong_argument_type_the_analyzers_know_nothing_about_gets_no_hint()
    {
        var source = Customized("""app.Data.MountInto(app.Server, 42); //@here""");
        var diagnostics = AnalyzerHarness.Run(source, "CS1503");
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("OCM", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_analyzer_id_has_a_documentation_page_and_a_release_entry()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generators/OpenCode.Manifests.Generators/AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in AnalyzerHarness.Analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id))
        {
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "docs/diagnostics", descriptor.Id + ".md")), $"docs/diagnostics/{descriptor.Id}.md is missing");
            Assert.Contains(descriptor.Id + " |", unshipped, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void This_repositorys_workspaces_are_clean()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "workspaces/Workspaces.cs"));
        var diagnostics = AnalyzerHarness.Run(source).Where(d => d.Id.StartsWith("OCM", StringComparison.Ordinal)).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    [Fact]
    public void Valid_constants_and_non_constants_are_not_reported()
    {
        var source = Customized("""
            var name = System.Environment.GetEnvironmentVariable("X") ?? "Anything_Goes";
            app.Builder.Controller(name);
            var worker = app.Builder.Controller("worker");
            var main = worker.Container("main", new ContainerImage { Repository = "ghcr.io/x/y", Tag = "1.0.0" });
            main.SetEnv("LOG_LEVEL", "debug").SetEnv("GIT_TOKEN_FILE", "/var/run/secrets/token").SetEnv("SHA", "0123456789abcdef0123456789abcdef01234567");
            app.EmptyDir("cache", "1Gi").MountInto(main, "/cache", "sub/dir", readOnly: false);
            main.SetEnv("DEMO_API_KEY", PlainText.NotSecret("ghp_demo0000000000000000000000000000000", "the sandbox's published demo key"));
            var chart4 = new ChartSource("oci://ghcr.io/bjw-s-labs/helm/app-template", "4.6.2");
            var chart5 = new ChartSource("oci://ghcr.io/bjw-s-labs/helm/app-template", "v5.1.0");
            var otherChart = new ChartSource("oci://ghcr.io/example/charts/other", "9.0.0");
            var computed = new ChartSource("oci://ghcr.io/bjw-s-labs/helm/app-template", System.Environment.GetEnvironmentVariable("V") ?? "6.0.0");
            """);
        var diagnostics = AnalyzerHarness.Run(source).Where(d => d.Id.StartsWith("OCM", StringComparison.Ordinal)).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }
}
