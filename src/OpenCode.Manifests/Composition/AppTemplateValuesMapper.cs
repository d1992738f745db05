using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// Turns an <see cref="AppTemplateBuilder"/>'s handles into the generated <see cref="AppTemplateValues"/>. This is
/// where every key the chart matches by name (advancedMounts controller and container keys, service
/// controller, route backend identifier, secret names) is derived from a handle.
/// </summary>
internal static class AppTemplateValuesMapper
{
    public static AppTemplateValues Map(AppTemplateBuilder builder) => new()
    {
        Controllers = builder.Controllers.Count == 0 ? null : ById(builder.Controllers, MapController),
        Service = builder.Services.Count == 0 ? null : ById(builder.Services, MapService),
        Route = builder.Routes.Count == 0 ? null : ById(builder.Routes, MapRoute),
        Persistence = builder.Volumes.Count == 0 ? null : ById(builder.Volumes, MapVolume),
    };

    // A second handle with an id already taken is reported as OCM2004 by the builder; the first one wins here, so
    // composing still finishes and the diagnostic reaches the user instead of a duplicate-key exception.
    private static Dictionary<string, TValue> ById<THandle, TValue>(IEnumerable<THandle> handles, System.Func<THandle, TValue> map)
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

    private static Controller MapController(ControllerHandle controller)
    {
        var containers = controller.Containers.Where(c => !c.IsInit).ToList();
        var initContainers = controller.Containers.Where(c => c.IsInit).ToList();
        var values = new Controller
        {
            Type = controller.Type,
            Annotations = controller.Annotations.Count == 0 ? null : new Dictionary<string, string>(controller.Annotations),
            Strategy = controller.Strategy,
            Pod = controller.Pod,
            InitContainers = initContainers.Count == 0 ? null : ById(initContainers, MapContainer),
            Containers = containers.Count == 0 ? null : ById(containers, MapContainer),
        };
        return controller.Customize is null ? values : controller.Customize(values);
    }

    private static Container MapContainer(ContainerHandle container)
    {
        var values = new Container
        {
            Image = container.Image,
            Command = container.Command,
            Args = container.Args,
            WorkingDir = container.WorkingDir,
            Env = MapEnv(container),
            EnvFrom = container.EnvFromSecrets.Count == 0
                ? null
                : container.EnvFromSecrets.Select(s => new EnvFromSource { Secret = s.SecretName }).ToList(),
            Probes = container.Probes,
            Resources = container.Resources,
            SecurityContext = container.SecurityContext,
        };
        return container.Customize is null ? values : container.Customize(values);
    }

    private static EnvVars? MapEnv(ContainerHandle container)
    {
        if (container.Env.Count == 0)
        {
            return null;
        }

        var map = new Dictionary<string, EnvVarMapValue?>();
        foreach (var entry in container.Env)
        {
            map[entry.Name] = entry.SecretKey is { } key
                ? new EnvVarMapValue.EnvVarSourceRefEntry
                {
                    SecretKeyRef = new V1SecretKeySelector { Name = key.Secret.SecretName, Key = key.Name },
                }
                : new EnvVarMapValue.EnvVarLiteral { Value = (Scalar)entry.Value! };
        }

        return new EnvVars.EnvVarMap { Value = map };
    }

    private static PersistenceItem MapVolume(VolumeHandle volume)
    {
        var advancedMounts = AdvancedMounts(volume);
        return volume.Source switch
        {
            VolumeSource.ExistingClaim => new PersistenceItem.ExistingClaim
            {
                ExistingClaimValue = volume.ClaimName!,
                AdvancedMounts = advancedMounts,
            },
            VolumeSource.EmptyDir => new PersistenceItem.EmptyDir
            {
                SizeLimit = volume.SizeLimit,
                AdvancedMounts = advancedMounts,
            },
            _ => new PersistenceItem.Secret
            {
                Name = volume.Secret!.SecretName,
                DefaultMode = volume.DefaultMode?.Value,
                Items = volume.Files.Count == 0
                    ? null
                    : volume.Files.Select(f => new V1KeyToPath { Key = f.Key.Name, Path = f.Path, Mode = f.Mode?.Value }).ToList(),
                AdvancedMounts = advancedMounts,
            },
        };
    }

    /// <summary>controller id → container id → mounts: the keys come from the handles, so none can dangle.</summary>
    private static Dictionary<string, Dictionary<string, List<MountPoint>>>? AdvancedMounts(VolumeHandle volume)
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

            list.Add(new MountPoint { Path = mount.Path, SubPath = mount.SubPath, ReadOnly = mount.ReadOnly ? true : null });
        }

        return result;
    }

    private static Service MapService(ServiceHandle service) => new()
    {
        Controller = service.Controller.Id,
        Ports = new Dictionary<string, ServicePort>
        {
            [service.PortName] = new() { Port = service.Port, AppProtocol = service.AppProtocol },
        },
    };

    private static Route MapRoute(RouteHandle route) => new()
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
