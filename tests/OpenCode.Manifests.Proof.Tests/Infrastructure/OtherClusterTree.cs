using System;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Proof.Tests.Infrastructure;

/// <summary>
/// A workspace built with the non-seed choices (issue #17 item 6): 1Password (an item per app, fields), a plain
/// PersistentVolumeClaim on Longhorn instead of the VolSync template, an internal gateway, no reloader, an
/// Anthropic key beside the Copilot seed. Composed in-process once and written to a temporary folder laid out as
/// the committed tree is (<c>kubernetes/apps/opencode/…</c>), so the same proofs read it. The same cluster on
/// app-template 5.1.0 (issue #12: the conventions' chart version is the one line that moves it) is written beside it
/// (<see cref="Root5"/>), so every proof runs on a workspace emitted for 5.x as well.
/// </summary>
internal static class OtherClusterTree
{
    public const string Workspace = "opencode-lab";

    /// <summary>The app-template 5.x version the 5.x tree pins.</summary>
    public const string Chart5Version = "5.1.0";

    private static readonly Lazy<string> Written = new(() => Write(null));
    private static readonly Lazy<string> Written5 = new(() => Write(Chart5Version));

    /// <summary>The tree's root folder (holds <c>kubernetes/</c>).</summary>
    public static string Root => Written.Value;

    /// <summary>Its namespace folder.</summary>
    public static string NamespaceFolder => Path.Combine(Root, "kubernetes", "apps", "opencode");

    /// <summary>The tree as the proofs read it: the YAML files written, not the C# model.</summary>
    public static EmittedTree Tree => new(NamespaceFolder);

    public static TheoryData<string> Workspaces => new() { Workspace };

    /// <summary>The same cluster's tree with the conventions on app-template 5.1.0.</summary>
    public static string Root5 => Written5.Value;

    /// <summary>Its namespace folder.</summary>
    public static string NamespaceFolder5 => Path.Combine(Root5, "kubernetes", "apps", "opencode");

    /// <summary>The 5.x tree as the proofs read it.</summary>
    public static EmittedTree Tree5 => new(NamespaceFolder5);

    private static string Write(string? chartVersion)
    {
        ClusterConventions conventions = new LabCluster();
        if (chartVersion is not null)
        {
            // The one line a consumer changes to move from 4.x to 5.x.
            conventions = conventions with { AppTemplateChart = conventions.AppTemplateChart with { Version = chartVersion } };
        }

        var emission = ManifestPipeline.Run(new AppRegistry(
            new[] { new AppEntry(() => new LabWorkspace(), nameof(LabWorkspace), new SourceLocation("OtherClusterTree.cs", 1)) },
            () => conventions));
        var errors = emission.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the other cluster's workspace does not build:\n" + string.Join("\n", errors));

        var root = Path.Combine(Path.GetTempPath(), "ocm-other-cluster-" + (chartVersion ?? "4") + "-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in emission.Files)
        {
            var path = Path.Combine(root, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content.ToArray());
        }

        return root;
    }

    private sealed record LabCluster() : ClusterConventions(
        Source: new FluxSourceReference("GitRepository", "flux-system"),
        DependsOn: ["longhorn"],
        Gateway: new GatewayReference("internal", "gateway-system", "https-internal") { IsPublic = false },
        SecretStore: new SecretStoreConvention("ClusterSecretStore", "onepassword-connect") { Shape = SecretStoreShape.ItemPerApp },
        StorageClass: "longhorn",
        VolSync: null,
        DomainVariable: "CLUSTER_DOMAIN",
        ClusterSubstitution: ClusterSubstitution.FromObject("ConfigMap", "cluster-settings", ["CLUSTER_DOMAIN"]),
        ReloaderAnnotation: null,
        ExistingKustomizations: ["longhorn"]);

    private sealed record LabWorkspace : OpenCodeWorkspace
    {
        public LabWorkspace()
            : base(Workspace, GitHub.Repository("ORG", "lab"), "lab.opencode")
        {
            Providers = new[] { ModelProvider.CopilotAuthSeed, ModelProvider.Anthropic };
            Storage = WorkspaceStorage.Claim("longhorn", "ReadWriteOnce");
        }
    }
}
