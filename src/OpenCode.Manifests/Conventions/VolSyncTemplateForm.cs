namespace OpenCode.Manifests.Conventions;

/// <summary>How the cluster's VolSync template is included by an app's kustomization.</summary>
public enum VolSyncTemplateForm
{
    /// <summary>Listed under <c>resources:</c>.</summary>
    Resource,

    /// <summary>Listed under <c>components:</c> (a kustomize Component, as most home-ops repos do now).</summary>
    Component,
}
