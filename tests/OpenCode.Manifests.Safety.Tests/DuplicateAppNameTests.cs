using System;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM1111 for any app-template app: the (namespace, name) that reaches <c>AppTemplateApp</c> through a record's
/// base chain (constants, parameters carried through bases, optional parameters' defaults, constructor-body
/// assignments) decides; the second app with the same pair is reported at its Name argument (<c>//@here</c>).
/// </summary>
public sealed class DuplicateAppNameTests
{
    private const string Usings = "using OpenCode.Manifests;\nusing OpenCode.Manifests.Apps;\nusing OpenCode.Manifests.Composition;\n\nnamespace User;\n\n";

    private static readonly string Duplicate = DiagnosticCatalog.DuplicateAppNameInCode.Id;

    public static TheoryData<string, string> Collisions => new()
    {
        {
            "two plain app-template apps with one name and namespace", Usings + """
            [App]
            public sealed record Web() : AppTemplateApp(Name: "web", Namespace: "default")
            {
                protected override void Compose(AppBuilder app) { }
            }

            [App]
            public sealed record Web2() : AppTemplateApp(
                Name: "web", //@here
                Namespace: "default")
            {
                protected override void Compose(AppBuilder app) { }
            }
            """
        },
        {
            "a workspace and an app in the workspace's default namespace", Usings + """
            [Workspace]
            public sealed record Flux() : OpenCodeWorkspace(Name: "opencode-flux", Repository: GitHub.Repository("ORG", "k8s"), Host: "flux.opencode");

            [App]
            public sealed record NotAWorkspace() : AppTemplateApp(
                Name: "opencode-flux", //@here
                Namespace: "opencode")
            {
                protected override void Compose(AppBuilder app) { }
            }
            """
        },
        {
            "an app whose namespace comes from its own base record's constant", Usings + """
            public abstract record MediaApp(string Name) : AppTemplateApp(Name, "media");

            [App]
            public sealed record Jellyfin() : MediaApp(Name: "jellyfin")
            {
                protected override void Compose(AppBuilder app) { }
            }

            [App]
            public sealed record Jellyfin2() : AppTemplateApp(Namespace: "media",
                Name: "jellyfin") //@here
            {
                protected override void Compose(AppBuilder app) { }
            }
            """
        },
        {
            "a workspace moved by a constant namespace onto another app", Usings + """
            [App]
            public sealed record Tools() : AppTemplateApp(Name: "opencode-tools", Namespace: "tools")
            {
                protected override void Compose(AppBuilder app) { }
            }

            [Workspace]
            public sealed record ToolsWorkspace() : OpenCodeWorkspace(
                Name: "opencode-tools", //@here
                Repository: GitHub.Repository("ORG", "tools"), Host: "tools.opencode", Namespace: "tools");
            """
        },
    };

    [Theory]
    [MemberData(nameof(Collisions))]
    public void The_second_app_is_reported_at_its_name(string collision, string source)
    {
        var diagnostics = AnalyzerHarness.Run(source).Where(d => d.Id.StartsWith("OCM", StringComparison.Ordinal)).ToList();

        var diagnostic = Assert.Single(diagnostics);
        Assert.True(diagnostic.Id == Duplicate, $"{collision}: expected {Duplicate}, got {diagnostic}");
        Assert.Equal(AnalyzerHarness.LineOf(source, "here"), diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    public static TheoryData<string, string> Distinct => new()
    {
        {
            "one name in two namespaces", Usings + """
            [App]
            public sealed record Web() : AppTemplateApp(Name: "web", Namespace: "default")
            {
                protected override void Compose(AppBuilder app) { }
            }

            [App]
            public sealed record StagingWeb() : AppTemplateApp(Name: "web", Namespace: "staging")
            {
                protected override void Compose(AppBuilder app) { }
            }
            """
        },
        {
            "a workspace and an app with its name outside the workspace's namespace", Usings + """
            [Workspace]
            public sealed record Flux() : OpenCodeWorkspace(Name: "opencode-flux", Repository: GitHub.Repository("ORG", "k8s"), Host: "flux.opencode");

            [App]
            public sealed record Other() : AppTemplateApp(Name: "opencode-flux", Namespace: "default")
            {
                protected override void Compose(AppBuilder app) { }
            }
            """
        },
        {
            "a workspace moved to another namespace in its constructor body", Usings + """
            [Workspace]
            public sealed record Flux() : OpenCodeWorkspace(Name: "opencode-flux", Repository: GitHub.Repository("ORG", "k8s"), Host: "flux.opencode");

            [Workspace]
            public sealed record Flux2 : OpenCodeWorkspace
            {
                public Flux2() : base("opencode-flux", GitHub.Repository("ORG", "k8s"), "flux2.opencode")
                {
                    Namespace = "opencode-lab";
                }
            }
            """
        },
        {
            "an unmarked record (not emitted) with a taken name", Usings + """
            [App]
            public sealed record Web() : AppTemplateApp(Name: "web", Namespace: "default")
            {
                protected override void Compose(AppBuilder app) { }
            }

            public sealed record Draft() : AppTemplateApp(Name: "web", Namespace: "default")
            {
                protected override void Compose(AppBuilder app) { }
            }
            """
        },
        {
            "a name that is not a constant", Usings + """
            [App]
            public sealed record Web() : AppTemplateApp(Name: "web", Namespace: "default")
            {
                protected override void Compose(AppBuilder app) { }
            }

            [App]
            public sealed record FromEnvironment() : AppTemplateApp(Name: System.Environment.GetEnvironmentVariable("APP") ?? "web", Namespace: "default")
            {
                protected override void Compose(AppBuilder app) { }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Distinct))]
    public void Apps_that_do_not_collide_are_not_reported(string situation, string source)
    {
        var diagnostics = AnalyzerHarness.Run(source).Where(d => d.Id == Duplicate).ToList();
        Assert.True(diagnostics.Count == 0, situation + ":\n" + string.Join("\n", diagnostics));
    }

    [Fact]
    public void A_constructor_body_assignment_can_make_a_collision()
    {
        // Negative control of the body-assignment row above: the same move onto the other workspace's namespace.
        var source = Usings + """
            [Workspace]
            public sealed record Flux() : OpenCodeWorkspace(Name: "opencode-flux", Repository: GitHub.Repository("ORG", "k8s"), Host: "flux.opencode", Namespace: "opencode-lab");

            [Workspace]
            public sealed record Flux2 : OpenCodeWorkspace
            {
                public Flux2() : base("opencode-flux", GitHub.Repository("ORG", "k8s"), "flux2.opencode") //@here
                {
                    Namespace = "opencode-lab";
                }
            }
            """;
        var diagnostic = Assert.Single(AnalyzerHarness.Run(source), d => d.Id.StartsWith("OCM", StringComparison.Ordinal));
        Assert.Equal(Duplicate, diagnostic.Id);
        Assert.Equal(AnalyzerHarness.LineOf(source, "here"), diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
