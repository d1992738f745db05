using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.AppTemplate.V5;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// Turns an <see cref="AppTemplateBuilder"/>'s handles into the generated 5.x <see cref="AppTemplateValues"/>, as
/// <see cref="AppTemplateValuesMapper"/> does for 4.x: the same keys derived from the same handles, the same lines
/// noted. What the handles hold in the 4.x shape (image, probes, pod options, controller type) 5.x keeps key for
/// key, so it is read into the 5.x model through the generated serializers (strict: a key 5.x did not know would
/// stop the build rather than vanish). The 5.x-only escape hatches (<c>CustomizeV5</c>) are applied here.
/// </summary>
internal static class AppTemplateV5ValuesMapper
{
    public static AppTemplateValues Map(AppTemplateBuilder builder, Dictionary<ValuePath, SourceLocation> lines)
    {
        var root = ValuePath.Root;
        return new AppTemplateValues
        {
            Controllers = builder.Controllers.Count == 0 ? null : AppTemplateValuesMapper.ById(builder.Controllers, c => MapController(c, root.Key("controllers").Key(c.Id), lines)),
            Service = builder.Services.Count == 0 ? null : AppTemplateValuesMapper.ById(builder.Services, s => MapService(s, root.Key("service").Key(s.Id), lines)),
            Route = builder.Routes.Count == 0 ? null : AppTemplateValuesMapper.ById(builder.Routes, r => MapRoute(r, root.Key("route").Key(r.Id), lines)),
            Persistence = builder.Volumes.Count == 0 ? null : AppTemplateValuesMapper.ById(builder.Volumes, v => MapVolume(v, root.Key("persistence").Key(v.Id), lines)),
        };
    }

    private static Controller MapController(ControllerHandle controller, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        AppTemplateValuesMapper.NoteLines(controller, path, lines);

        var containers = controller.Containers.Where(c => !c.IsInit).ToList();
        var initContainers = controller.Containers.Where(c => c.IsInit).ToList();
        var values = new Controller
        {
            Type = controller.IsTypeWritten ? Converted(controller.Type) : null,
            Annotations = controller.Annotations.Count == 0 ? null : new Dictionary<string, string>(controller.Annotations),
            Strategy = controller.Strategy,
            Pod = controller.Pod is null ? null : Converted<PodOptions>(controller.Pod),
            InitContainers = initContainers.Count == 0 ? null : AppTemplateValuesMapper.ById(initContainers, c => MapContainer(c, path.Key("initContainers").Key(c.Id), lines)),
            Containers = containers.Count == 0 ? null : AppTemplateValuesMapper.ById(containers, c => MapContainer(c, path.Key("containers").Key(c.Id), lines)),
        };
        foreach (var customization in controller.CustomizationsV5)
        {
            var changed = customization.Change(values);
            AppTemplateValuesMapper.RecordChanges(values, changed, path, customization.DeclaredAt, lines);
            values = changed;
        }

        return values;
    }

    private static Container MapContainer(ContainerHandle container, ValuePath path, Dictionary<ValuePath, SourceLocation> lines)
    {
        AppTemplateValuesMapper.NoteLines(container, path, lines);

        var values = new Container
        {
            Image = Converted<ContainerImage>(container.Image),
            Command = container.Command,
            Args = container.Args,
            WorkingDir = container.WorkingDir,
            Env = MapEnv(container, path.Key("env"), lines),
            EnvFrom = container.EnvFromSecrets.Count == 0
                ? null
                : container.EnvFromSecrets.Select(s => new EnvFromSource { Secret = s.SecretName }).ToList(),
            Probes = container.Probes is null ? null : Converted<ContainerProbes>(container.Probes),
            Resources = container.Resources,
            SecurityContext = container.SecurityContext,
        };
        foreach (var customization in container.CustomizationsV5)
        {
            var changed = customization.Change(values);
            AppTemplateValuesMapper.RecordChanges(values, changed, path, customization.DeclaredAt, lines);
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
        AppTemplateValuesMapper.NoteLines(service, path, lines);
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
        AppTemplateValuesMapper.NoteLines(route, path, lines);
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

    /// <summary>A value of the 4.x shape the handles hold, read into its 5.x counterpart (same keys, same meaning).</summary>
    private static T Converted<T>(IYamlWritable value)
        where T : IYamlModel<T> => ValuesYaml.FromNode<T>(ValuesYaml.ToNode(value));

    private static ControllerType Converted(AppTemplate.ControllerType type) => type switch
    {
        AppTemplate.ControllerType.Deployment => ControllerType.Deployment,
        AppTemplate.ControllerType.Statefulset => ControllerType.Statefulset,
        AppTemplate.ControllerType.Daemonset => ControllerType.Daemonset,
        AppTemplate.ControllerType.Cronjob => ControllerType.Cronjob,
        AppTemplate.ControllerType.Job => ControllerType.Job,
        _ => throw new System.ArgumentOutOfRangeException(nameof(type), type, "a controller type app-template 5.x does not know"),
    };
}
