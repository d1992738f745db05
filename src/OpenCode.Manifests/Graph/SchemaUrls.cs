namespace OpenCode.Manifests.Graph;

/// <summary>
/// The JSON schemas each emitted kind is validated against in editors (the <c>yaml-language-server</c> line), as
/// home-ops repositories reference them.
/// </summary>
public static class SchemaUrls
{
    /// <summary>Flux Kustomization.</summary>
    public const string FluxKustomization = "https://kubernetes-schemas.pages.dev/kustomize.toolkit.fluxcd.io/kustomization_v1.json";

    /// <summary>Flux OCIRepository.</summary>
    public const string OciRepository = "https://kubernetes-schemas.pages.dev/source.toolkit.fluxcd.io/ocirepository_v1.json";

    /// <summary>HelmRelease with app-template's typed values.</summary>
    public const string AppTemplateHelmRelease = "https://raw.githubusercontent.com/bjw-s-labs/helm-charts/main/charts/other/app-template/schemas/helmrelease-helm-v2.schema.json";

    /// <summary>External Secrets ExternalSecret.</summary>
    public const string ExternalSecret = "https://kubernetes-schemas.pages.dev/external-secrets.io/externalsecret_v1.json";

    /// <summary>kustomize kustomization.yaml.</summary>
    public const string KustomizeKustomization = "https://json.schemastore.org/kustomization";

    /// <summary>Core v1 Namespace.</summary>
    public const string Namespace = "https://kubernetes-schemas.pages.dev/v1/namespace.json";

    /// <summary>Core v1 PersistentVolumeClaim.</summary>
    public const string PersistentVolumeClaim = "https://kubernetes-schemas.pages.dev/v1/persistentvolumeclaim.json";
}
