using System;
using System.Collections.Generic;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Validation;

namespace OpenCode.Manifests.Apps;

/// <summary>
/// Something the build turns into one Flux app folder (<c>ks.yaml</c> plus <c>app/</c>) inside a namespace folder:
/// any app-template release (<see cref="AppTemplateApp"/>), an OpenCode workspace, or another kind of app.
/// </summary>
public abstract record AppDefinition
{
    /// <summary>The app's name: a DNS label, used for the Flux Kustomization, the release and the folder.</summary>
    public abstract string AppName { get; }

    /// <summary>The namespace the app runs in (and the folder under the apps path).</summary>
    public abstract string AppNamespace { get; }

    /// <summary>Rules that apply to this kind of app only, on top of the build's rules for every app.</summary>
    public virtual IReadOnlyList<IValidationRule> Rules => Array.Empty<IValidationRule>();

    /// <summary>Composes the app's folder: its objects, and the C# line behind each value.</summary>
    /// <param name="context">The cluster the app is deployed to, and where the app is declared.</param>
    public abstract AppGraph Compose(CompositionContext context);
}
