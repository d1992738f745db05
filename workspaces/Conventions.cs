using OpenCode.Manifests;
using OpenCode.Manifests.Conventions;

namespace OpenCode.Workspaces;

/// <summary>
/// The cluster these workspaces run on (the seed cluster): Flux reads this repository's <c>workspaces/</c> folder
/// through the <c>home-kubernetes</c> GitRepository; apps wait for Rook-Ceph and the External Secrets stores; routes
/// attach to Envoy Gateway's public <c>envoy-external</c>; secrets come from Doppler; volumes are Ceph block volumes
/// created and backed up by the VolSync template; the domain is <c>${SECRET_DOMAIN}</c>, patched into every app
/// Kustomization by a parent; Stakater Reloader restarts pods whose secrets change. The package knows none of these
/// names: every cluster states its own here.
/// </summary>
[ClusterConventions]
public sealed record SeedClusterConventions : ClusterConventions
{
    /// <summary>The seed cluster's names.</summary>
    public SeedClusterConventions()
        : base(
            Source: new FluxSourceReference("GitRepository", "home-kubernetes"),
            DependsOn: ["rook-ceph-cluster", "external-secrets-stores"],
            Gateway: new GatewayReference("envoy-external", "network", "https"),
            // Doppler keeps one flat key per secret: OPENCODE_FLUX_GITHUB_PAT.
            SecretStore: new SecretStoreConvention("ClusterSecretStore", "doppler-secrets") { Shape = SecretStoreShape.FlatKeys },
            StorageClass: "ceph-block",
            VolSync: new VolSyncTemplate(
                Path: "kubernetes/templates/volsync",
                Form: VolSyncTemplateForm.Resource,
                ClaimVariable: "APP",
                CapacityVariable: "VOLSYNC_CAPACITY",
                StorageClassVariable: "VOLSYNC_STORAGECLASS",
                ScheduleVariable: "VOLSYNC_SCHEDULE"),
            DomainVariable: "SECRET_DOMAIN",
            ClusterSubstitution: ClusterSubstitution.FromParent(["SECRET_DOMAIN"]),
            ReloaderAnnotation: "reloader.stakater.com/auto",
            // Deployed by the cluster's own Flux tree, not by this build: the dependsOn above may wait for them.
            ExistingKustomizations: ["rook-ceph-cluster", "external-secrets-stores"])
    {
        // Envoy Gateway: OpenCode's event stream and terminals need no request timeout and the WebSocket appProtocol.
        StreamingRoutes = StreamingRouteTuning.EnvoyGateway;
        // The seed's GitRepository maps this repository's workspaces/ folder, where the tree is written.
        FluxSourceRoot = "workspaces";
        AppTemplateChart =
            // renovate: datasource=docker depName=ghcr.io/bjw-s-labs/helm/app-template
            new("oci://ghcr.io/bjw-s-labs/helm/app-template", "4.4.0");
    }
}
