using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// Turns an <see cref="AppTemplateBuilder"/>'s handles into the generated <see cref="AppTemplateValues"/>. This is
/// where every key the chart matches by name (advancedMounts controller and container keys, service controller,
/// route backend identifier, secret names) is derived from a handle, and where each value's C# line is noted: the
/// handle's declaration, the <c>SetEnv</c> or <c>MountInto</c> call, or the escape hatch that changed it.
/// </summary>
internal static class AppTemplateValuesMapper
{
    public static AppTemplateValues Map(AppTemplateBuilder builder, Dictionary<ValuePath, SourceLocation> lines)
    {
        var root = ValuePath.Root;
        return new AppTemplateValues
        {
            Controllers = builder.Controllers.Count == 0 ? null : ById(builder.Controllers, c => MapController(c, root.Key("controllers").Key(c.Id), lines)),
            Service = builder.Services.Count == 0 ? null : ById(builder.Services, s => MapService(s, root.Key("service").Key(s.Id), lines)),
            Route = builder.Routes.Count == 0 ? null : ById(builder.Routes, r => MapRoute(r, root.Key("route").Key(r.Id), lines)),
            Persistence = builder.Volumes.Count == 0 ? null : ById(builder.Volumes, v => MapVolume(v, root.Key("persistence").Key(v.Id), lines)),
        };
    }

    /// <summary>Notes <paramref name="location"/> for every value <paramref name="after"/> adds or changes.</summary>
    public static void RecordChanges(IYamlWritable before, IYamlWritable after, ValuePath at, SourceLocation location, Dictionary<ValuePath, SourceLocation> lines)
    {
        if (!location.IsKnown)
        {
            return;
        }

        foreach (var path in ValueChanges.Between(ValuesYaml.ToNode(before), ValuesYaml.ToNode(after), at))
        {
            lines[path] = location;
        }
    }

    // A second handle with an id already taken is reported as OCM2004 by the builder; the first one wins here, so
    // composing still finishes and the diagnostic reaches the user instead of a duplicate-key exception.
    internal static Dictionary<string, TValue> ById<THandle, TValue>(IEnumerable<THandle> handles, System.Func<THandle, TValue> map)
        where THandle : Handle
    {
        var result = new Dictionary<string, TValue>();
        foreach (var handle in handles)
        {
            if (!result.ContainsKey(handle.Id))
            {
                result[handle.Id] = map(handle);
            }
        }

        return result;
    }

    /// <summary>
    /// The handle's declaration, then the lines of its properties assigned through it, then the values inside them a
    /// workspace property set: the deeper the path, the closer the line to the value.
    /// </summary>
    internal static void NoteLines(Handle handle, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        lines[path] = handle.DeclaredAt;
        foreach (var (key, at) in handle.AssignedAt)
        {
            lines[path.Key(key)] = at;
        }

        foreach (var (keys, at) in handle.ValuesSetAt)
        {
            lines[keys.Aggregate(path, (current, key) => current.Key(key))] = at;
        }
    }

    private static Controller MapController(ControllerHandle controller, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        NoteLines(controller, path, lines);

        var containers = controller.Containers.Where(c => !c.IsInit).ToList();
        var initContainers = controller.Containers.Where(c => c.IsInit).ToList();
        var values = new Controller
        {
            Type = controller.IsTypeWritten ? controller.Type : null,
            Annotations = controller.Annotations.Count == 0 ? null : new Dictionary<string, string>(controller.Annotations),
            Strategy = controller.Strategy,
            Pod = controller.Pod,
            InitContainers = initContainers.Count == 0 ? null : ById(initContainers, c => MapContainer(c, path.Key("initContainers").Key(c.Id), lines)),
            Containers = containers.Count == 0 ? null : ById(containers, c => MapContainer(c, path.Key("containers").Key(c.Id), lines)),
        };
        foreach (var customization in controller.Customizations)
        {
            var changed = customization.Change(values);
            RecordChanges(values, changed, path, customization.DeclaredAt, lines);
            values = changed;
        }

        return values;
    }

    private static Container MapContainer(ContainerHandle container, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        NoteLines(container, path, lines);

        var values = new Container
        {
            Image = container.Image,
            Command = container.Command,
            Args = container.Args,
            WorkingDir = container.WorkingDir,
            Env = MapEnv(container, path.Key("env"), lines),
            EnvFrom = container.EnvFromSecrets.Count == 0
                ? null
                : container.EnvFromSecrets.Select(s => new EnvFromSource { Secret = s.SecretName }).ToList(),
            Probes = container.Probes,
            Resources = container.Resources,
            SecurityContext = container.SecurityContext,
        };
        foreach (var customization in container.Customizations)
        {
            var changed = customization.Change(values);
            RecordChanges(values, changed, path, customization.DeclaredAt, lines);
            values = changed;
        }

        return values;
    }

    private static EnvVars.EnvVarMap? MapEnv(ContainerHandle container, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        if (container.Env.Count == 0)
        {
            return null;
        }

        var map = new Dictionary<string, EnvVarMapValue?>();
        foreach (var entry in container.Env)
        {
            // The chart writes env as a map: the last SetEnv of a name wins, and its line is the one that counts.
            lines[path.Key(entry.Name)] = entry.DeclaredAt;
            map[entry.Name] = entry.SecretKey is { } key
                ? new EnvVarMapValue.EnvVarSourceRefEntry
                {
                    SecretKeyRef = new V1SecretKeySelector { Name = key.Secret.SecretName, Key = key.Name, Optional = key.Secret.IsOptional ? true : null },
                }
                : new EnvVarMapValue.EnvVarLiteral { Value = (Scalar)entry.Value! };
        }

        return new EnvVars.EnvVarMap { Value = map };
    }

    private static PersistenceItem MapVolume(VolumeHandle volume, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        lines[path] = volume.DeclaredAt;
        var advancedMounts = AdvancedMounts(volume, path.Key("advancedMounts"), lines);
        var globalMounts = GlobalMounts(volume, path.Key("globalMounts"), lines);
        return volume.Source switch
        {
            VolumeSource.ExistingClaim => new PersistenceItem.ExistingClaim
            {
                ExistingClaimValue = volume.ClaimName!,
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
            VolumeSource.EmptyDir => new PersistenceItem.EmptyDir
            {
                SizeLimit = volume.SizeLimit,
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
            VolumeSource.Nfs => new PersistenceItem.Nfs
            {
                Server = volume.NfsServer!,
                Path = volume.NfsPath!,
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
            VolumeSource.HostPath => new PersistenceItem.HostPath
            {
                HostPathValue = volume.HostPath!,
                HostPathType = volume.HostPathType,
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
            VolumeSource.ConfigMap => new PersistenceItem.ConfigMap
            {
                Name = volume.SourceName,
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
            VolumeSource.NamedSecret => new PersistenceItem.Secret
            {
                Name = volume.SourceName,
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
            VolumeSource.PersistentVolumeClaim => new PersistenceItem.PersistentVolumeClaim
            {
                Size = volume.Size!,
                AccessMode = volume.AccessMode!,
                StorageClass = volume.StorageClass,
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
            // The chart's secret type has no optional flag: a Secret the pod may start without is a plain volume spec.
            VolumeSource.Secret when volume.Secret!.IsOptional => new PersistenceItem.Custom
            {
                VolumeSpec = new V1Volume
                {
                    Secret = new V1SecretVolumeSource
                    {
                        SecretName = volume.Secret.SecretName,
                        Optional = true,
                        DefaultMode = volume.DefaultMode?.Value,
                        Items = volume.Files.Select(f => new V1KeyToPath { Key = f.Key.Name, Path = f.Path, Mode = f.Mode?.Value }).ToList(),
                    },
                },
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
            _ => new PersistenceItem.Secret
            {
                Name = volume.Secret!.SecretName,
                DefaultMode = volume.DefaultMode?.Value,
                Items = volume.Files.Count == 0
                    ? null
                    : volume.Files.Select(f => new V1KeyToPath { Key = f.Key.Name, Path = f.Path, Mode = f.Mode?.Value }).ToList(),
                GlobalMounts = globalMounts,
                AdvancedMounts = advancedMounts,
            },
        };
    }

    /// <summary>The mounts into every container, in declaration order.</summary>
    private static List<MountPoint>? GlobalMounts(VolumeHandle volume, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        if (volume.GlobalMounts.Count == 0)
        {
            return null;
        }

        var result = new List<MountPoint>();
        foreach (var mount in volume.GlobalMounts)
        {
            lines[path.Index(result.Count)] = mount.DeclaredAt;
            result.Add(new MountPoint { Path = mount.Path, SubPath = mount.SubPath, ReadOnly = mount.ReadOnly ? true : null });
        }

        return result;
    }

    /// <summary>controller id → container id → mounts: the keys come from the handles, so none can dangle.</summary>
    private static Dictionary<string, Dictionary<string, List<MountPoint>>>? AdvancedMounts(VolumeHandle volume, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        if (volume.Mounts.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, Dictionary<string, List<MountPoint>>>();
        foreach (var mount in volume.Mounts)
        {
            var controllerId = mount.Container.Controller.Id;
            if (!result.TryGetValue(controllerId, out var byContainer))
            {
                byContainer = new Dictionary<string, List<MountPoint>>();
                result[controllerId] = byContainer;
            }

            if (!byContainer.TryGetValue(mount.Container.Id, out var list))
            {
                list = new List<MountPoint>();
                byContainer[mount.Container.Id] = list;
            }

            lines[path.Key(controllerId).Key(mount.Container.Id).Index(list.Count)] = mount.DeclaredAt;
            list.Add(new MountPoint { Path = mount.Path, SubPath = mount.SubPath, ReadOnly = mount.ReadOnly ? true : null });
        }

        return result;
    }

    private static Service MapService(ServiceHandle service, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        NoteLines(service, path, lines);
        return new Service
        {
            Controller = service.Controller.Id,
            Ports = new Dictionary<string, ServicePort>
            {
                [service.PortName] = new() { Port = service.Port, AppProtocol = service.AppProtocol },
            },
        };
    }

    private static Route MapRoute(RouteHandle route, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        NoteLines(route, path, lines);
        return new Route
        {
            Hostnames = route.Hostnames.ToList(),
            ParentRefs = new List<RouteParentRef>
            {
                new() { Name = route.Gateway.Name, Namespace = route.Gateway.Namespace, SectionName = route.Gateway.SectionName },
            },
            Rules = new List<RouteRule>
            {
                new()
                {
                    BackendRefs = new List<RouteBackendRef> { new() { Identifier = route.Backend.Id, Port = route.Backend.Port } },
                    Timeouts = route.RequestTimeout is null ? null : new RouteTimeouts { Request = route.RequestTimeout },
                },
            },
        };
    }
}
