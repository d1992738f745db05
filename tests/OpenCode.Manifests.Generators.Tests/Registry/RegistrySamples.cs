using System;
using Microsoft.CodeAnalysis.Text;
using OpenCode.Manifests.Generators.Tests.Infrastructure;

namespace OpenCode.Manifests.Generators.Tests.Registry;

/// <summary>
/// A small homelab project for the app registry generator: two workspaces in one file, an app in another, the
/// conventions in a third. It compiles against the real runtime types, so the generated registry can be run.
/// </summary>
internal static class RegistrySamples
{
    /// <summary>Implements AppDefinition's abstract members; nothing in these tests composes an app.</summary>
    public const string AppMembers = """
            public override string AppName => "app";
            public override string AppNamespace => "default";
            public override OpenCode.Manifests.Graph.AppGraph Compose(OpenCode.Manifests.Apps.CompositionContext context) =>
                throw new System.NotSupportedException("not composed in generator tests");
        """;

    /// <summary>The base constructor call of a conventions record (every cluster-specific value is required).</summary>
    public const string ConventionsBase = """
        ClusterConventions(
            Source: new FluxSourceReference("GitRepository", "flux-system"),
            DependsOn: [],
            Gateway: new GatewayReference("internal", "network", "https"),
            SecretStore: new SecretStoreConvention("ClusterSecretStore", "onepassword"),
            StorageClass: "longhorn",
            VolSync: null,
            DomainVariable: "CLUSTER_DOMAIN",
            ClusterSubstitution: ClusterSubstitution.FromObject("ConfigMap", "cluster-settings", ["CLUSTER_DOMAIN"]),
            ReloaderAnnotation: null)
        """;

    public static SourceFile Apps { get; } = new("/src/Homelab/Apps.cs", """
        using OpenCode.Manifests;
        using OpenCode.Manifests.Apps;

        namespace Homelab;

        [App]
        public sealed record Miniflux : AppDefinition
        {
        """ + "\n" + AppMembers + "\n" + """
        }

        """);

    public static SourceFile Workspaces { get; } = new("/src/Homelab/Workspaces.cs", """
        using OpenCode.Manifests;

        namespace Homelab;

        [Workspace]
        public sealed record OpencodeFlux() : OpenCodeWorkspace(
            Name: "opencode-flux",
            Repository: GitHub.Repository("ORG", "k8s-cluster"),
            Host: "flux.opencode")
        {
            protected override void Customize(OpenCodeApp app)
            {
                var scratch = app.EmptyDir("scratch");
                scratch.MountInto(app.Server, "/scratch");
            }
        }

        [Workspace]
        public sealed record OpencodeHa() : OpenCodeWorkspace(
            Name: "opencode-ha",
            Repository: GitHub.Repository("ORG", "home-assistant-config"),
            Host: "ha.opencode")
        {
            protected override void Customize(OpenCodeApp app)
            {
                var cache = app.EmptyDir("cache");
                cache.MountInto(app.Server, "/cache");
            }
        }

        """);

    public static SourceFile Conventions { get; } = new("/src/Homelab/Conventions.cs", """
        using OpenCode.Manifests;
        using OpenCode.Manifests.Conventions;

        namespace Homelab;

        [ClusterConventions]
        public sealed record HomelabConventions() :
        """ + ConventionsBase + ";\n");

    public static SourceFile[] Project => new[] { Workspaces, Apps, Conventions };

    /// <summary>
    /// Where <paramref name="identifier"/> is declared in <paramref name="file"/>, found in the text (not through
    /// Roslyn): the zero-based line and column of the name after <paramref name="keyword"/>.
    /// </summary>
    public static LinePosition IdentifierPosition(SourceFile file, string identifier, string keyword = "record")
    {
        var declaration = keyword + " " + identifier;
        var index = file.Text.IndexOf(declaration, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException("'" + declaration + "' is not in " + file.Path);
        }

        return SourceText.From(file.Text).Lines.GetLinePosition(index + keyword.Length + 1);
    }
}
