using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Resources.Flux;

namespace OpenCode.Manifests.Apps;

/// <summary>
/// What an <see cref="AppTemplateApp"/> composes with: the release's handles (<see cref="Builder"/>, with shortcuts
/// here), and the parts of the app's Flux folder that are not chart values — a PersistentVolumeClaim, the cluster's
/// VolSync template, Flux variables — all following the cluster's conventions.
/// </summary>
public sealed class AppBuilder
{
    private readonly List<ClaimRequest> claims = new();
    private readonly List<KeyValuePair<string, string>> substitutions = new();
    private readonly List<ManifestDiagnostic> diagnostics = new();
    private readonly List<ReleaseChange> releaseChanges = new();
    private readonly List<ProvidedSecretDeclaration> providedSecrets = new();
    private readonly HashSet<(string Controller, string Container)> acceptedUnpinnedImages = new();
    private readonly HashSet<(string Volume, string Controller, string? Container)> acceptedIgnoredMounts = new();

    internal AppBuilder(string name, string @namespace, CompositionContext context, ChartSource? chart, IReadOnlyList<string> dependsOn)
    {
        Name = name;
        Namespace = @namespace;
        Context = context;
        Chart = chart ?? context.Conventions.AppTemplateChart;
        DependsOn = dependsOn;
        Builder = new AppTemplateBuilder(name, MajorOf(Chart, name, context.DeclaredAt));
    }

    /// <summary>The app's name (the release, the folder).</summary>
    public string Name { get; }

    /// <summary>The namespace it runs in.</summary>
    public string Namespace { get; }

    /// <summary>The cluster's conventions.</summary>
    public ClusterConventions Conventions => Context.Conventions;

    /// <summary>The release's handles and values; every chart key is reachable through its escape hatches.</summary>
    public AppTemplateBuilder Builder { get; }

    /// <summary>Where the app's record is declared (objects the library adds on the app's behalf report there).</summary>
    public SourceLocation DeclaredAt => Context.DeclaredAt;

    internal CompositionContext Context { get; }

    internal ChartSource Chart { get; }

    internal IReadOnlyList<string> DependsOn { get; }

    internal IReadOnlyList<ClaimRequest> Claims => claims;

    internal IReadOnlyList<KeyValuePair<string, string>> Substitutions => substitutions;

    internal IReadOnlyList<ManifestDiagnostic> Diagnostics => diagnostics;

    internal IReadOnlyList<ReleaseChange> ReleaseChanges => releaseChanges;

    internal IReadOnlyList<ProvidedSecretDeclaration> ProvidedSecrets => providedSecrets;

    internal IReadOnlySet<(string Controller, string Container)> AcceptedUnpinnedImages => acceptedUnpinnedImages;

    internal IReadOnlySet<(string Volume, string Controller, string? Container)> AcceptedIgnoredMounts => acceptedIgnoredMounts;

    /// <summary>Declares a pod controller; without a <paramref name="type"/> it is the chart's default, a deployment, and <c>type</c> is not written.</summary>
    public ControllerHandle Controller([DnsLabel] string id, ControllerType? type = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.Controller(id, type, file, line);

    /// <summary>
    /// Declares a pod controller of a 5.x type (what a file that works in the 5.x values names <c>ControllerType</c>):
    /// the same kinds as 4.x, so a 5.x release's code reads like a 4.x one's.
    /// </summary>
    public ControllerHandle Controller([DnsLabel] string id, AppTemplate.V5.ControllerType type,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.Controller(id, System.Enum.Parse<ControllerType>(type.ToString()), file, line);

    /// <summary>Declares the Secret an ExternalSecret of this app writes from the cluster's secret store.</summary>
    public SecretHandle Secret(string secretName, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.Secret(secretName, file, line);

    /// <summary>Declares a Secret the pod can start without (its own ExternalSecret; every reference optional).</summary>
    public SecretHandle OptionalSecret(string secretName, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.OptionalSecret(secretName, file, line);

    /// <summary>Where the cluster's secret store keeps this app's <paramref name="key"/> (its <see cref="SecretStoreShape"/>).</summary>
    public RemoteSecretRef StoreRef(string key) => Conventions.SecretStore.Shape.RemoteRef(Name, key);

    /// <summary>Declares a scratch volume that lives as long as the pod.</summary>
    public VolumeHandle EmptyDir([DnsLabel] string id, [KubernetesQuantity] string? sizeLimit = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.EmptyDir(id, sizeLimit, file, line);

    /// <summary>Declares a volume backed by a PersistentVolumeClaim that exists already.</summary>
    public VolumeHandle ExistingClaim([DnsLabel] string id, string claimName, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.ExistingClaim(id, claimName, file, line);

    /// <summary>
    /// Declares a persistent volume: a PersistentVolumeClaim <c>&lt;app&gt;-&lt;id&gt;</c> of <paramref name="size"/> in
    /// <paramref name="storageClass"/> (null: the cluster's storage class), written to the app's folder
    /// (<c>app/pvc.yaml</c>).
    /// </summary>
    public VolumeHandle PersistentVolume([DnsLabel] string id, [KubernetesQuantity] string size, string accessMode = "ReadWriteOnce", string? storageClass = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var claimName = Name + "-" + id;
        claims.Add(new ClaimRequest(claimName, size, accessMode, VolSync: false, Schedule: null, SourceLocation.FromCaller(file, line)) { StorageClass = storageClass });
        return Builder.ExistingClaim(id, claimName, file, line);
    }

    /// <summary>
    /// Declares the app's volume through the cluster's VolSync template: the template creates the claim (named after
    /// the app) of <paramref name="capacity"/> and backs it up on <paramref name="schedule"/>; the app's Kustomization
    /// substitutes the template's variables. One per app.
    /// </summary>
    public VolumeHandle VolSyncVolume([DnsLabel] string id, [KubernetesQuantity] string capacity, [CronSchedule] string schedule,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = SourceLocation.FromCaller(file, line);
        if (Conventions.VolSync is null)
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.InvalidVolumeSetting,
                $"Volume '{id}' of '{Name}' asks for the cluster's VolSync template, but the cluster conventions declare none (VolSync: null); use PersistentVolume(id, size) or name the template in the conventions.",
                at));
        }
        else if (claims.Exists(claim => claim.VolSync))
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.InvalidVolumeSetting,
                $"'{Name}' already has a VolSync volume; the template creates one claim per app.", at));
        }

        claims.Add(new ClaimRequest(Name, capacity, "ReadWriteOnce", VolSync: true, schedule, at));
        return Builder.ExistingClaim(id, Name, file, line);
    }

    /// <summary>Declares a Service in front of a controller's pods, with one named port.</summary>
    public ServiceHandle Service([DnsLabel] string id, ControllerHandle controller, [PortNumber] int port, string portName = "http", string? appProtocol = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.Service(id, controller, portName, port, appProtocol, file, line);

    /// <summary>
    /// Declares an HTTPRoute on the cluster's gateway for <paramref name="host"/> followed by the cluster's domain
    /// (<c>host.${DOMAIN}</c>), sending every request to <paramref name="service"/>.
    /// </summary>
    public RouteHandle Route([DnsLabel] string id, ServiceHandle service, [Hostname] string host,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.Route(id, service, Conventions.Gateway, new[] { host + ".${" + Conventions.DomainVariable + "}" }, file, line);

    /// <summary>
    /// Changes the HelmRelease's settings beside its values (<c>interval</c>, <c>install</c>, <c>upgrade</c>,
    /// <c>dependsOn</c>, <c>valuesFrom</c>, <c>driftDetection</c>, the chart source, …), after the folder has filled
    /// them: <c>app.Release(spec =&gt; spec with { Interval = "30m" })</c>. The values stay the ones the handles compose
    /// (what <paramref name="change"/> sets as <c>Values</c> is ignored). A <c>chartRef</c> that does not name the app's
    /// own OCIRepository, or a <c>chart</c> template, uses a chart source defined elsewhere, and the folder then writes
    /// no <c>ocirepository.yaml</c>. The rules judge the changed spec and report what it set at this line.
    /// </summary>
    public AppBuilder Release(Func<HelmReleaseSpec, HelmReleaseSpec> change, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        releaseChanges.Add(new ReleaseChange(change, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>
    /// Declares a Secret the app reads that an object outside this build creates (a hand-written ExternalSecret or
    /// SOPS file kept next to the generated files, which the app's kustomization lists, or another tool's Secret): the
    /// rules then do not ask the app's own ExternalSecrets to produce it (OCM2018). Each such secret is one visible
    /// line in the app's C#.
    /// </summary>
    public AppBuilder ProvidedSecret(string secretName, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        providedSecrets.Add(new ProvidedSecretDeclaration(secretName, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>
    /// Accepts that one container's image is not pinned (no tag, or <c>latest</c>): the build does not report it
    /// (OCM2017). For an image that moves on purpose (a debugging tool); each such container is one visible line.
    /// </summary>
    public AppBuilder AcceptUnpinnedImage(string controller, string container)
    {
        acceptedUnpinnedImages.Add((controller, container));
        return this;
    }

    /// <summary>
    /// Keeps an <c>advancedMounts</c> entry that names a controller or container that does not exist (so the chart
    /// mounts nothing there) without the build reporting it (OCM2014): for a release imported as written, until the
    /// entry is fixed or removed. Each such entry is one visible line; <paramref name="container"/> null for a
    /// controller that does not exist.
    /// </summary>
    public AppBuilder AcceptIgnoredMount(string volume, string controller, string? container = null)
    {
        acceptedIgnoredMounts.Add((volume, controller, container));
        return this;
    }

    /// <summary>Sets a Flux variable the app's Kustomization substitutes in the app's objects (<c>postBuild.substitute</c>).</summary>
    public AppBuilder Substitute(string variable, string value)
    {
        substitutions.RemoveAll(pair => pair.Key == variable);
        substitutions.Add(new KeyValuePair<string, string>(variable, value));
        return this;
    }

    /// <summary>The app-template major the app runs (its chart's version): the values model the handles fill.</summary>
    public AppTemplateMajor ChartMajor => Builder.Major;

    /// <summary>
    /// The values model of <paramref name="chart"/>'s major; a version the build has no model for (6.x, a branch
    /// name) is reported (OCM2071) and composed as 4.x so the other mistakes still surface.
    /// </summary>
    private AppTemplateMajor MajorOf(ChartSource chart, string name, SourceLocation at)
    {
        switch (chart.MajorVersion)
        {
            case 4:
                return AppTemplateMajor.V4;
            case 5:
                return AppTemplateMajor.V5;
            default:
                diagnostics.Add(new ManifestDiagnostic(DiagnosticCatalog.UnsupportedChartMajor,
                    $"'{name}' runs app-template {chart.Version} ({chart.Url}), and the build types the values of app-template 4.x and 5.x only: it cannot tell which keys that chart reads. Pin a 4.x or 5.x version (the conventions' AppTemplateChart, or the app's Chart).",
                    at));
                return AppTemplateMajor.V4;
        }
    }

    /// <summary>The app's folder, composed.</summary>
    internal AppGraph Assemble(string kind) => AppFolder.Assemble(this, kind);

    /// <summary>A change of the HelmRelease's spec (<see cref="Release"/>) and the line that made it.</summary>
    internal sealed record ReleaseChange(Func<HelmReleaseSpec, HelmReleaseSpec> Change, SourceLocation At);

    /// <summary>A secret made outside the build (<see cref="ProvidedSecret"/>) and the line that declared it.</summary>
    internal sealed record ProvidedSecretDeclaration(string SecretName, SourceLocation At);

    /// <summary>A claim the app's folder creates: a plain PersistentVolumeClaim, or the VolSync template's.</summary>
    internal sealed record ClaimRequest(string ClaimName, string Size, string AccessMode, bool VolSync, string? Schedule, SourceLocation DeclaredAt)
    {
        /// <summary>The claim's storage class; null for the cluster's.</summary>
        public string? StorageClass { get; init; }
    }
}
