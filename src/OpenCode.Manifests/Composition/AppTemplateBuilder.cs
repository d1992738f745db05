using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// Builds the values of one app-template release from handles: controllers own containers, volumes are mounted
/// into container handles, environment comes from secret-key handles, services name a controller handle and routes
/// a service handle. The handles are the same for every chart major; <see cref="Major"/> picks the model they fill:
/// <see cref="Build"/> turns them into the typed 4.x <see cref="AppTemplateValues"/>, <see cref="BuildV5"/> into the
/// 5.x <see cref="AppTemplate.V5.AppTemplateValues"/>, so every key the chart matches by name is derived, never typed twice;
/// <see cref="Compose"/> and <see cref="ComposeV5"/> also record which C# line set which value. The escape hatches are
/// typed per major (<see cref="Customize"/>, <see cref="CustomizeV5"/>); one written for the other major is reported
/// at its line (OCM2070) and not applied.
/// </summary>
public sealed class AppTemplateBuilder
{
    private readonly List<ControllerHandle> controllers = new();
    private readonly List<VolumeHandle> volumes = new();
    private readonly List<SecretHandle> secrets = new();
    private readonly List<ServiceHandle> services = new();
    private readonly List<RouteHandle> routes = new();
    private readonly List<ManifestDiagnostic> diagnostics = new();
    private readonly List<Customization<AppTemplateValues>> customizations = new();
    private readonly List<Customization<AppTemplate.V5.AppTemplateValues>> customizationsV5 = new();

    /// <summary>Creates a builder for the release <paramref name="releaseName"/> of app-template 4.x.</summary>
    public AppTemplateBuilder([DnsLabel] string releaseName)
        : this(releaseName, AppTemplateMajor.V4)
    {
    }

    /// <summary>Creates a builder for the release <paramref name="releaseName"/> of the app-template major <paramref name="major"/>.</summary>
    public AppTemplateBuilder([DnsLabel] string releaseName, AppTemplateMajor major)
    {
        ReleaseName = releaseName;
        Major = major;
    }

    /// <summary>The HelmRelease name (also the chart's fullname prefix).</summary>
    public string ReleaseName { get; }

    /// <summary>The app-template major the release targets: the values model the handles fill.</summary>
    public AppTemplateMajor Major { get; }

    /// <summary>The controllers, in declaration order.</summary>
    public IReadOnlyList<ControllerHandle> Controllers => controllers;

    /// <summary>The volumes, in declaration order.</summary>
    public IReadOnlyList<VolumeHandle> Volumes => volumes;

    /// <summary>The secrets, in declaration order.</summary>
    public IReadOnlyList<SecretHandle> Secrets => secrets;

    /// <summary>The services, in declaration order.</summary>
    public IReadOnlyList<ServiceHandle> Services => services;

    /// <summary>The routes, in declaration order.</summary>
    public IReadOnlyList<RouteHandle> Routes => routes;

    /// <summary>Problems found while declaring, with the lines that caused them.</summary>
    public IReadOnlyList<ManifestDiagnostic> Diagnostics => diagnostics;

    /// <summary>The 4.x escape hatches applied to the release's values, in order.</summary>
    public IReadOnlyList<Customization<AppTemplateValues>> Customizations => customizations;

    /// <summary>The 5.x escape hatches applied to the release's values, in order.</summary>
    public IReadOnlyList<Customization<AppTemplate.V5.AppTemplateValues>> CustomizationsV5 => customizationsV5;

    /// <summary>
    /// Escape hatch for an app-template 4.x release: changes the release's values after the builder has filled them
    /// (every key of the chart is reachable). The rules judge the result, and report what it sets at this line. On a
    /// 5.x release it is reported (OCM2070) and not applied: use <see cref="CustomizeV5"/>.
    /// </summary>
    public AppTemplateBuilder Customize(System.Func<AppTemplateValues, AppTemplateValues> change, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        customizations.Add(new Customization<AppTemplateValues>(change, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>
    /// Escape hatch for an app-template 5.x release: changes the release's 5.x values after the builder has filled
    /// them. The rules judge the result, and report what it sets at this line. On a 4.x release it is reported
    /// (OCM2070) and not applied: use <see cref="Customize"/>.
    /// </summary>
    public AppTemplateBuilder CustomizeV5(System.Func<AppTemplate.V5.AppTemplateValues, AppTemplate.V5.AppTemplateValues> change, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        customizationsV5.Add(new Customization<AppTemplate.V5.AppTemplateValues>(change, SourceLocation.FromCaller(file, line)));
        return this;
    }

    /// <summary>
    /// Declares a pod controller of kind <paramref name="type"/>; without one it is the chart's default, a
    /// deployment, and the values leave <c>type</c> out as a person would.
    /// </summary>
    public ControllerHandle Controller([DnsLabel] string id, ControllerType? type = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = SourceLocation.FromCaller(file, line);
        CheckUnique(controllers, id, "controller", at);
        var handle = new ControllerHandle(this, id, type, at);
        controllers.Add(handle);
        return handle;
    }

    /// <summary>Declares a volume backed by an existing PersistentVolumeClaim.</summary>
    public VolumeHandle ExistingClaim([DnsLabel] string id, string claimName, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddVolume(new VolumeHandle(this, id, VolumeSource.ExistingClaim, SourceLocation.FromCaller(file, line)) { ClaimName = claimName });

    /// <summary>Declares a scratch volume that lives as long as the pod.</summary>
    public VolumeHandle EmptyDir([DnsLabel] string id, [KubernetesQuantity] string? sizeLimit = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddVolume(new VolumeHandle(this, id, VolumeSource.EmptyDir, SourceLocation.FromCaller(file, line)) { SizeLimit = sizeLimit });

    /// <summary>Declares a volume on an NFS export.</summary>
    public VolumeHandle Nfs([DnsLabel] string id, string server, string path, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddVolume(new VolumeHandle(this, id, VolumeSource.Nfs, SourceLocation.FromCaller(file, line)) { NfsServer = server, NfsPath = path });

    /// <summary>Declares a volume on a directory of the node (<paramref name="type"/>: <c>Directory</c>, <c>DirectoryOrCreate</c>, …).</summary>
    public VolumeHandle HostPath([DnsLabel] string id, string path, string? type = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddVolume(new VolumeHandle(this, id, VolumeSource.HostPath, SourceLocation.FromCaller(file, line)) { HostPath = path, HostPathType = type });

    /// <summary>Declares a volume holding the keys of the ConfigMap <paramref name="name"/> as files.</summary>
    public VolumeHandle ConfigMap([DnsLabel] string id, string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddVolume(new VolumeHandle(this, id, VolumeSource.ConfigMap, SourceLocation.FromCaller(file, line)) { SourceName = name });

    /// <summary>
    /// Declares a volume holding the keys of the Secret <paramref name="name"/> as files, a Secret made elsewhere
    /// (one this release's ExternalSecret writes is declared with <see cref="Secret"/> and mounted with <see cref="SecretFiles"/>).
    /// </summary>
    public VolumeHandle SecretVolume([DnsLabel] string id, string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddVolume(new VolumeHandle(this, id, VolumeSource.NamedSecret, SourceLocation.FromCaller(file, line)) { SourceName = name });

    /// <summary>Declares a PersistentVolumeClaim the chart creates for the release.</summary>
    public VolumeHandle PersistentVolumeClaim([DnsLabel] string id, [KubernetesQuantity] string size, string accessMode, string? storageClass = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddVolume(new VolumeHandle(this, id, VolumeSource.PersistentVolumeClaim, SourceLocation.FromCaller(file, line)) { Size = size, AccessMode = accessMode, StorageClass = storageClass });

    /// <summary>Declares a volume holding some keys of a secret as files.</summary>
    public VolumeHandle SecretFiles([DnsLabel] string id, SecretHandle secret, IReadOnlyList<SecretFile> files, FileMode defaultMode,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = SourceLocation.FromCaller(file, line);
        CheckSameRelease(secret, at);
        foreach (var f in files)
        {
            CheckSameRelease(f.Key.Secret, at);
        }

        return AddVolume(new VolumeHandle(this, id, VolumeSource.Secret, at) { Secret = secret, Files = files, DefaultMode = defaultMode });
    }

    /// <summary>Declares the Secret an ExternalSecret of this release writes; declare its keys on the handle.</summary>
    public SecretHandle Secret(string secretName, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddSecret(secretName, optional: false, SourceLocation.FromCaller(file, line));

    /// <summary>
    /// Declares a Secret the pod can start without: its own ExternalSecret, so a key missing from the store leaves
    /// only this Secret unsynced, and every reference to it is <c>optional: true</c>.
    /// </summary>
    public SecretHandle OptionalSecret(string secretName, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        AddSecret(secretName, optional: true, SourceLocation.FromCaller(file, line));

    private SecretHandle AddSecret(string secretName, bool optional, SourceLocation at)
    {
        CheckUnique(secrets, secretName, "secret", at);
        var handle = new SecretHandle(this, secretName, at) { IsOptional = optional };
        secrets.Add(handle);
        return handle;
    }

    /// <summary>Declares a Service in front of a controller's pods.</summary>
    public ServiceHandle Service([DnsLabel] string id, ControllerHandle controller, string portName, [PortNumber] int port, string? appProtocol = null,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = SourceLocation.FromCaller(file, line);
        CheckSameRelease(controller, at);
        CheckUnique(services, id, "service", at);
        var handle = new ServiceHandle(this, id, controller, portName, port, appProtocol, at);
        services.Add(handle);
        return handle;
    }

    /// <summary>Declares an HTTPRoute on <paramref name="gateway"/> for <paramref name="hostnames"/>.</summary>
    public RouteHandle Route([DnsLabel] string id, ServiceHandle backend, GatewayReference gateway, IReadOnlyList<string> hostnames,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = SourceLocation.FromCaller(file, line);
        CheckSameRelease(backend, at);
        CheckUnique(routes, id, "route", at);
        var handle = new RouteHandle(this, id, backend, gateway, hostnames, at);
        routes.Add(handle);
        return handle;
    }

    /// <summary>The typed 4.x chart values the handles describe, escape hatches applied.</summary>
    /// <exception cref="System.InvalidOperationException">The release targets 5.x (use <see cref="BuildV5"/>).</exception>
    public AppTemplateValues Build() => Compose(new ProvenanceBuilder());

    /// <summary>The typed 5.x chart values the handles describe, escape hatches applied.</summary>
    /// <exception cref="System.InvalidOperationException">The release targets 4.x (use <see cref="Build"/>).</exception>
    public AppTemplate.V5.AppTemplateValues BuildV5() => ComposeV5(new ProvenanceBuilder());

    /// <summary>
    /// The typed 4.x chart values the handles describe, escape hatches applied, recording in
    /// <paramref name="provenance"/> the line that set each value (keyed by the returned object).
    /// </summary>
    /// <exception cref="System.InvalidOperationException">The release targets 5.x (use <see cref="ComposeV5"/>).</exception>
    public AppTemplateValues Compose(ProvenanceBuilder provenance)
    {
        RequireMajor(AppTemplateMajor.V4, nameof(ComposeV5));
        var lines = new Dictionary<ValuePath, SourceLocation>();
        var values = AppTemplateValuesMapper.Map(this, lines);
        foreach (var customization in customizations)
        {
            var changed = customization.Change(values);
            AppTemplateValuesMapper.RecordChanges(values, changed, ValuePath.Root, customization.DeclaredAt, lines);
            values = changed;
        }

        foreach (var (path, location) in lines)
        {
            provenance.Record(values, path, location);
        }

        return values;
    }

    /// <summary>
    /// The typed 5.x chart values the handles describe, escape hatches applied, recording in
    /// <paramref name="provenance"/> the line that set each value (keyed by the returned object).
    /// </summary>
    /// <exception cref="System.InvalidOperationException">The release targets 4.x (use <see cref="Compose"/>).</exception>
    public AppTemplate.V5.AppTemplateValues ComposeV5(ProvenanceBuilder provenance)
    {
        RequireMajor(AppTemplateMajor.V5, nameof(Compose));
        var lines = new Dictionary<ValuePath, SourceLocation>();
        var values = AppTemplateV5ValuesMapper.Map(this, lines);
        foreach (var customization in customizationsV5)
        {
            var changed = customization.Change(values);
            AppTemplateValuesMapper.RecordChanges(values, changed, ValuePath.Root, customization.DeclaredAt, lines);
            values = changed;
        }

        foreach (var (path, location) in lines)
        {
            provenance.Record(values, path, location);
        }

        return values;
    }

    /// <summary>The values of the release's major (<see cref="Compose"/> or <see cref="ComposeV5"/>).</summary>
    internal IYamlWritable ComposeValues(ProvenanceBuilder provenance) =>
        Major == AppTemplateMajor.V5 ? ComposeV5(provenance) : Compose(provenance);

    /// <summary>
    /// Escape hatches typed for the other major (OCM2070): the values they would change are not the ones the chart
    /// reads, so they are not applied, and each is reported at its line.
    /// </summary>
    internal IEnumerable<ManifestDiagnostic> EscapeHatchesOfTheOtherMajor()
    {
        var (used, expected) = Major == AppTemplateMajor.V5 ? ("Customize", "CustomizeV5") : ("CustomizeV5", "Customize");
        var chart = Major == AppTemplateMajor.V5 ? "5.x" : "4.x";
        var other = Major == AppTemplateMajor.V5 ? "4.x" : "5.x";
        ManifestDiagnostic Wrong(string what, SourceLocation at) => new(DiagnosticCatalog.EscapeHatchOfOtherMajor,
            $"{what}: {used} changes app-template {other} values, but release '{ReleaseName}' runs app-template {chart} (its chart version): the change would not reach the chart. Use {expected}, which takes the {chart} values, or run the release on {other}.",
            at);

        IEnumerable<SourceLocation> Other<T4, T5>(IReadOnlyList<Customization<T4>> v4, IReadOnlyList<Customization<T5>> v5) =>
            Major == AppTemplateMajor.V5 ? v4.Select(c => c.DeclaredAt) : v5.Select(c => c.DeclaredAt);

        foreach (var at in Other(customizations, customizationsV5))
        {
            yield return Wrong($"Release '{ReleaseName}'", at);
        }

        foreach (var controller in controllers)
        {
            foreach (var at in Other(controller.Customizations, controller.CustomizationsV5))
            {
                yield return Wrong($"Controller '{controller.Id}'", at);
            }

            foreach (var container in controller.Containers)
            {
                foreach (var at in Other(container.Customizations, container.CustomizationsV5))
                {
                    yield return Wrong($"Container '{container.Id}'", at);
                }
            }
        }
    }

    /// <summary>The env literals marked <see cref="PlainText.NotSecret"/>, at their value paths (the last entry of a name counts).</summary>
    internal IEnumerable<(ValuePath Path, string Value)> NotSecretLiterals() =>
        from controller in controllers
        from container in controller.Containers
        let list = container.IsInit ? "initContainers" : "containers"
        from entry in container.Env.GroupBy(e => e.Name).Select(g => g.Last())
        where entry.NotSecret && entry.Value is not null
        select (ValuePath.Root.Key("controllers").Key(controller.Id).Key(list).Key(container.Id).Key("env").Key(entry.Name), entry.Value!);

    internal void Report(ManifestDiagnostic diagnostic) => diagnostics.Add(diagnostic);

    internal void CheckSameRelease(Handle handle, SourceLocation at)
    {
        if (!ReferenceEquals(handle.Owner, this))
        {
            Report(new ManifestDiagnostic(DiagnosticCatalog.HandleOfAnotherRelease,
                $"{handle} belongs to release '{handle.Owner.ReleaseName}', not '{ReleaseName}': a handle can only be used in the release that declared it.", at));
        }
    }

    internal void CheckUnique(ControllerHandle controller, string containerId, SourceLocation at)
    {
        if (controller.Containers.Any(c => c.Id == containerId))
        {
            Report(new ManifestDiagnostic(DiagnosticCatalog.DuplicateIdInRelease,
                $"Controller '{controller.Id}' already has a container '{containerId}'; container names must be unique in a controller.", at));
        }
    }

    /// <summary>Volumes declared but never mounted: with no mounts the chart would mount them everywhere, at <c>/&lt;id&gt;</c>.</summary>
    /// <summary>
    /// OCM2014, on the final values: a volume handle that the values (after every escape hatch) mount nowhere
    /// explicitly, so the chart would mount it into every container, unless the handle says that is meant
    /// (<see cref="VolumeHandle.MountInEveryContainer"/>).
    /// </summary>
    internal IEnumerable<ManifestDiagnostic> UnmountedVolumes(Graph.Workload workload)
    {
        var byDefault = new HashSet<string>(workload.Volumes.Where(v => v.MountedByDefault).Select(v => v.Id), System.StringComparer.Ordinal);
        return volumes.Where(v => !v.InEveryContainer && byDefault.Contains(v.Id)).Select(v => new ManifestDiagnostic(DiagnosticCatalog.VolumeMountedNowhere,
            $"Volume '{v.Id}' is mounted into no container; call MountInto(container, path), remove it, or say MountInEveryContainer() (without a mount the chart mounts it into every container at '/{v.Id}').",
            v.DeclaredAt));
    }

    private void RequireMajor(AppTemplateMajor major, string instead)
    {
        if (Major != major)
        {
            throw new System.InvalidOperationException(
                $"Release '{ReleaseName}' targets app-template {(int)Major}.x; its values are built with {instead}.");
        }
    }

    private void CheckUnique<T>(IEnumerable<T> existing, string id, string what, SourceLocation at)
        where T : Handle
    {
        if (existing.Any(h => h.Id == id))
        {
            Report(new ManifestDiagnostic(DiagnosticCatalog.DuplicateIdInRelease,
                $"Release '{ReleaseName}' already has a {what} '{id}'; names must be unique.", at));
        }
    }

    private VolumeHandle AddVolume(VolumeHandle volume)
    {
        CheckUnique(volumes, volume.Id, "volume", volume.DeclaredAt);
        volumes.Add(volume);
        return volume;
    }
}
