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
/// the committed tree is (<c>kubernetes/apps/opencode/…</c>), so the same proofs read it.
/// </summary>
internal static class OtherClusterTree
{
    public const string Workspace = "opencode-lab";

    private static readonly Lazy<string> Written = new(Write);

    /// <summary>The tree's root folder (holds <c>kubernetes/</c>).</summary>
    public static string Root => Written.Value;

    /// <summary>Its namespace folder.</summary>
    public static string NamespaceFolder => Path.Combine(Root, "kubernetes", "apps", "opencode");

    /// <summary>The tree as the proofs read it: the YAML files written, not the C# model.</summary>
    public static EmittedTree Tree => new(NamespaceFolder);

    public static TheoryData<string> Workspaces => new() { Workspace };

    private static string Write()
    {
        var emission = ManifestPipeline.Run(new AppRegistry(
            new[] { new AppEntry(() => new LabWorkspace(), nameof(LabWorkspace), new SourceLocation("OtherClusterTree.cs", 1)) },
            () => new LabCluster()));
        var errors = emission.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the other cluster's workspace does not build:\n" + string.Join("\n", errors));

        var root = Path.Combine(Path.GetTempPath(), "ocm-other-cluster-" + Guid.NewGuid().ToString("N")[..8]);
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
