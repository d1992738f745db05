using OpenCode.Manifests.Conventions;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The seed cluster's conventions, for tests that compose apps in-process (the same values as
/// <c>workspaces/Conventions.cs</c>, which the golden tree is built with; a test checks that the two agree).
/// </summary>
public sealed record SeedConventions : ClusterConventions
{
    /// <summary>The seed cluster's names.</summary>
    public SeedConventions()
        : base(
            Source: new FluxSourceReference("GitRepository", "home-kubernetes"),
            DependsOn: ["rook-ceph-cluster", "external-secrets-stores"],
            Gateway: new GatewayReference("envoy-external", "network", "https"),
            SecretStore: new SecretStoreConvention("ClusterSecretStore", "doppler-secrets"),
            StorageClass: "ceph-block",
            VolSync: new VolSyncTemplate("kubernetes/templates/volsync", VolSyncTemplateForm.Resource, "APP", "VOLSYNC_CAPACITY", "VOLSYNC_STORAGECLASS", "VOLSYNC_SCHEDULE"),
            DomainVariable: "SECRET_DOMAIN",
            ClusterSubstitution: ClusterSubstitution.FromParent(["SECRET_DOMAIN"]),
            ReloaderAnnotation: "reloader.stakater.com/auto")
    {
        AppTemplateChart = new("oci://ghcr.io/bjw-s-labs/helm/app-template", "4.4.0");
    }
}
