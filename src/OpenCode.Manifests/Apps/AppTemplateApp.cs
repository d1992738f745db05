using System;
using System.Collections.Generic;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Apps;

/// <summary>
/// One app-template release as a record: its name and namespace, and a <see cref="Compose(AppBuilder)"/> that
/// declares its controllers, containers, volumes, secrets, services and routes through handles (or typed values
/// through the escape hatches). The build emits its Flux folder like every app's: <c>ks.yaml</c>,
/// <c>app/kustomization.yaml</c>, the chart source, the HelmRelease, and an ExternalSecret, a PersistentVolumeClaim or
/// the cluster's VolSync template when the app declares them. Mark the record <c>[App]</c>:
/// <code>
/// [App]
/// public sealed record Miniflux() : AppTemplateApp(Name: "miniflux", Namespace: "default")
/// {
///     protected override void Compose(AppBuilder app)
///     {
///         var main = app.Controller("miniflux");
///         var web = main.Container("app", new ContainerImage { Repository = "ghcr.io/miniflux/miniflux", Tag = "2.2.6" });
///         ...
///     }
/// }
/// </code>
/// </summary>
/// <param name="Name">The app's name: a DNS label.</param>
/// <param name="Namespace">The namespace it runs in: a DNS label.</param>
public abstract record AppTemplateApp(
    [DnsLabel][property: DnsLabel] string Name,
    [DnsLabel][property: DnsLabel] string Namespace) : AppDefinition
{
    /// <inheritdoc />
    public override string AppName => Name;

    /// <inheritdoc />
    public override string AppNamespace => Namespace;

    /// <summary>The app-template chart this app runs; null for the conventions' chart.</summary>
    public ChartSource? Chart { get; init; }

    /// <summary>Flux Kustomizations this app waits for, on top of the ones every app waits for.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = Array.Empty<string>();

    /// <summary>What kind of app this is, in messages.</summary>
    protected virtual string Kind => "app";

    /// <inheritdoc />
    public sealed override AppGraph Compose(CompositionContext context)
    {
        var app = new AppBuilder(Name, Namespace, context, Chart, DependsOn);
        Compose(app);
        return app.Assemble(Kind);
    }

    /// <summary>Declares the release: controllers, containers, volumes, secrets, services, routes.</summary>
    protected abstract void Compose(AppBuilder app);
}
