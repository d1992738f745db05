using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Apps;

/// <summary>
/// Something the build turns into one Flux app folder (<c>ks.yaml</c> plus <c>app/</c>) inside a namespace
/// folder: any app-template release, or an OpenCode workspace.
/// </summary>
public abstract record AppDefinition
{
    /// <summary>The app's name: a DNS label, used for the Flux Kustomization, HelmRelease and folder.</summary>
    public abstract string AppName { get; }

    /// <summary>The namespace the app runs in (and the folder under the apps path).</summary>
    public abstract string AppNamespace { get; }

    /// <summary>Composes the app's objects under the given cluster conventions.</summary>
    /// <param name="conventions">The cluster the app is deployed to.</param>
    /// <param name="declaredAt">Where the definition is declared; objects the library adds on its behalf report problems there.</param>
    public abstract FluxApp Compose(ClusterConventions conventions, Diagnostics.SourceLocation declaredAt);
}
