using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// Works out the <see cref="Workload"/> of app-template 4.x values as the chart's templates do: disabled controllers,
/// containers and persistence items are left out; a persistence item with neither <c>globalMounts</c> nor
/// <c>advancedMounts</c> is mounted at <c>/&lt;key&gt;</c> (a hostPath at its host path) into every container; global
/// mounts go into every container, advanced mounts into the named ones, and advanced mounts that name nothing are kept
/// as dangling (the chart silently mounts nothing for them).
/// </summary>
public static class AppTemplateWorkload
{
    /// <summary>The workload of <paramref name="values"/>.</summary>
    public static Workload From(AppTemplateValues values)
    {
        var root = ValuePath.Root;
        var controllerKeys = new Dictionary<string, HashSet<string>>();
        foreach (var (id, controller) in values.Controllers ?? new())
        {
            if (controller is not null && IsEnabled(controller.Enabled))
            {
                controllerKeys[id] = new HashSet<string>(Keys(controller.InitContainers).Concat(Keys(controller.Containers)));
            }
        }

        var volumes = new List<WorkloadVolume>();
        var mountsByContainer = new Dictionary<(string Controller, string Container), List<WorkloadMount>>();
        foreach (var (id, item) in values.Persistence ?? new())
        {
            if (item is null || !IsEnabled(EnabledOf(item)))
            {
                continue;
            }

            var path = root.Key("persistence").Key(id);
            var volume = Volume(id, item, path, controllerKeys);
            volumes.Add(volume);
            foreach (var (controller, container, mount) in Mounts(id, item, path, controllerKeys))
            {
                if (!mountsByContainer.TryGetValue((controller, container), out var list))
                {
                    list = new List<WorkloadMount>();
                    mountsByContainer[(controller, container)] = list;
                }

                list.Add(mount);
            }
        }

        var controllers = new List<WorkloadController>();
        foreach (var (id, controller) in values.Controllers ?? new())
        {
            if (controller is null || !controllerKeys.ContainsKey(id))
            {
                continue;
            }

            var path = root.Key("controllers").Key(id);
            var containers = new List<WorkloadContainer>();
            foreach (var (listKey, map, isInit) in new[] { ("initContainers", controller.InitContainers, true), ("containers", controller.Containers, false) })
            {
                foreach (var (containerId, container) in map ?? new())
                {
                    if (container is not null && IsEnabled(container.Enabled))
                    {
                        var mounts = mountsByContainer.TryGetValue((id, containerId), out var found) ? found : new List<WorkloadMount>();
                        containers.Add(Container(id, containerId, container, path.Key(listKey).Key(containerId), isInit, mounts));
                    }
                }
            }

            controllers.Add(new WorkloadController(id, path, controller.Pod?.SecurityContext ?? values.DefaultPodOptions?.SecurityContext, containers)
            {
                // 4.x leaves automountServiceAccountToken to Kubernetes unless set: the token is mounted.
                ServiceAccountToken = TokenMount(controller.Pod?.AutomountServiceAccountToken, path.Key("pod"),
                    values.DefaultPodOptions?.AutomountServiceAccountToken, root.Key("defaultPodOptions")),
            });
        }

        var services = (values.Service ?? new())
            .Where(pair => pair.Value is not null && IsEnabled(pair.Value.Enabled))
            .Select(pair => Service(pair.Key, pair.Value, root.Key("service").Key(pair.Key)))
            .ToList();
        var routes = (values.Route ?? new())
            .Where(pair => pair.Value is not null && IsEnabled(pair.Value.Enabled))
            .Select(pair => Route(pair.Key, pair.Value, root.Key("route").Key(pair.Key)))
            .ToList();
        return new Workload(controllers, volumes, services, routes);
    }

    private static WorkloadTokenMount TokenMount(Flag? pod, ValuePath podPath, Flag? defaults, ValuePath defaultsPath) =>
        pod is { } podFlag ? new WorkloadTokenMount(IsMounted(podFlag), podPath.Key("automountServiceAccountToken"))
        : defaults is { } defaultFlag ? new WorkloadTokenMount(IsMounted(defaultFlag), defaultsPath.Key("automountServiceAccountToken"))
        : new WorkloadTokenMount(true, null);

    // A placeholder counts as mounted: the safe reading until Flux substitutes it.
    private static bool IsMounted(Flag flag) => flag is not { IsPlaceholder: false, Value: false };

    private static IEnumerable<string> Keys(Dictionary<string, Container>? map) => map?.Keys ?? Enumerable.Empty<string>();

    // A placeholder counts as enabled: Flux substitutes it later, and the safe reading keeps the object in view.
    private static bool IsEnabled(Flag? enabled) => enabled is not { IsPlaceholder: false, Value: false };

    private static WorkloadContainer Container(string controllerId, string id, Container container, ValuePath path, bool isInit, IReadOnlyList<WorkloadMount> mounts)
    {
        var image = container.Image;
        var tag = image?.Tag;
        return new WorkloadContainer(
            id,
            controllerId,
            path,
            isInit,
            new WorkloadImage(image?.Repository, tag?.ToString(), image?.Digest, path.Key("image")),
            Env(container.Env, path.Key("env")),
            EnvFrom(container.EnvFrom, path.Key("envFrom")),
            mounts,
            container.SecurityContext,
            container.Resources,
            container.WorkingDir,
            container.Command,
            container.DependsOn?.Values ?? (IReadOnlyList<string>)System.Array.Empty<string>());
    }

    private static List<WorkloadEnv> Env(EnvVars? env, ValuePath path)
    {
        var result = new List<WorkloadEnv>();
        switch (env)
        {
            case EnvVars.EnvVarMap map:
                foreach (var (name, value) in map.Value)
                {
                    var at = path.Key(name);
                    result.Add(value switch
                    {
                        EnvVarMapValue.EnvVarLiteral literal => new WorkloadEnv(name, Text(literal.Value), null, at),
                        EnvVarMapValue.EnvVarValueEntry entry => new WorkloadEnv(name, Text(entry.Value), null, at),
                        EnvVarMapValue.EnvVarValueFromEntry from => new WorkloadEnv(name, null, SecretKey(from.ValueFrom.SecretKeyRef), at),
                        EnvVarMapValue.EnvVarSourceRefEntry source => new WorkloadEnv(name, null, SecretKey(source.SecretKeyRef), at),
                        _ => new WorkloadEnv(name, null, null, at),
                    });
                }

                break;
            case EnvVars.EnvVarList list:
                // In list form the last entry of a name wins, as in a pod spec.
                var byName = new Dictionary<string, WorkloadEnv>();
                for (var index = 0; index < list.Value.Count; index++)
                {
                    var at = path.Index(index);
                    var item = list.Value[index];
                    var entry = item switch
                    {
                        EnvVarListItem.EnvVarWithValue value => new WorkloadEnv(value.Name, Text(value.Value), null, at),
                        EnvVarListItem.EnvVarWithValueFrom from => new WorkloadEnv(from.Name, null, SecretKey(from.ValueFrom.SecretKeyRef), at),
                        EnvVarListItem.EnvVarWithSourceRef source => new WorkloadEnv(source.Name, null, SecretKey(source.SecretKeyRef), at),
                        _ => null,
                    };
                    if (entry is not null)
                    {
                        byName[entry.Name] = entry;
                    }
                }

                result.AddRange(byName.Values);
                break;
        }

        return result;
    }

    private static string? Text(Scalar? value) => value is { IsNull: false } scalar ? scalar.Text : null;

    private static WorkloadSecretKey? SecretKey(V1SecretKeySelector? selector) =>
        selector is null ? null : new WorkloadSecretKey(selector.Name ?? string.Empty, selector.Key);

    private static List<WorkloadEnvFrom> EnvFrom(List<EnvFromSource>? sources, ValuePath path) =>
        (sources ?? new())
            .Select((source, index) => new WorkloadEnvFrom(
                source.Secret ?? source.SecretRef?.Name,
                source.ConfigMap ?? source.ConfigMapRef?.Name,
                path.Index(index)))
            .ToList();

    private static Flag? EnabledOf(PersistenceItem item) => item switch
    {
        PersistenceItem.PersistentVolumeClaim v => v.Enabled,
        PersistenceItem.ExistingClaim v => v.Enabled,
        PersistenceItem.ConfigMap v => v.Enabled,
        PersistenceItem.Secret v => v.Enabled,
        PersistenceItem.Nfs v => v.Enabled,
        PersistenceItem.EmptyDir v => v.Enabled,
        PersistenceItem.HostPath v => v.Enabled,
        PersistenceItem.Image v => v.Enabled,
        PersistenceItem.Custom v => v.Enabled,
        _ => null,
    };

    private static (List<MountPoint>? Global, Dictionary<string, Dictionary<string, List<MountPoint>>>? Advanced) MountsOf(PersistenceItem item) => item switch
    {
        PersistenceItem.PersistentVolumeClaim v => (v.GlobalMounts, v.AdvancedMounts),
        PersistenceItem.ExistingClaim v => (v.GlobalMounts, v.AdvancedMounts),
        PersistenceItem.ConfigMap v => (v.GlobalMounts, v.AdvancedMounts),
        PersistenceItem.Secret v => (v.GlobalMounts, v.AdvancedMounts),
        PersistenceItem.Nfs v => (v.GlobalMounts, v.AdvancedMounts),
        PersistenceItem.EmptyDir v => (v.GlobalMounts, v.AdvancedMounts),
        PersistenceItem.HostPath v => (v.GlobalMounts, v.AdvancedMounts),
        PersistenceItem.Image v => (v.GlobalMounts, v.AdvancedMounts),
        PersistenceItem.Custom v => (v.GlobalMounts, v.AdvancedMounts),
        _ => (null, null),
    };

    private static WorkloadVolume Volume(string id, PersistenceItem item, ValuePath path, Dictionary<string, HashSet<string>> containers)
    {
        var dangling = new List<WorkloadDanglingMount>();
        foreach (var (controller, byContainer) in MountsOf(item).Advanced ?? new())
        {
            if (!containers.TryGetValue(controller, out var known))
            {
                dangling.Add(new WorkloadDanglingMount(controller, null, path.Key("advancedMounts").Key(controller)));
                continue;
            }

            foreach (var container in (byContainer ?? new()).Keys.Where(container => !known.Contains(container)))
            {
                dangling.Add(new WorkloadDanglingMount(controller, container, path.Key("advancedMounts").Key(controller).Key(container)));
            }
        }

        return item switch
        {
            PersistenceItem.PersistentVolumeClaim => Make(WorkloadVolumeKind.PersistentVolumeClaim),
            PersistenceItem.ExistingClaim claim => Make(WorkloadVolumeKind.ExistingClaim, claimName: claim.ExistingClaimValue),
            PersistenceItem.ConfigMap map => Make(WorkloadVolumeKind.ConfigMap, sourceName: map.Name, items: map.Items),
            PersistenceItem.Secret secret => Make(WorkloadVolumeKind.Secret, sourceName: secret.Name, items: secret.Items),
            PersistenceItem.Nfs => Make(WorkloadVolumeKind.Nfs),
            PersistenceItem.EmptyDir empty => Make(WorkloadVolumeKind.EmptyDir, sizeLimit: empty.SizeLimit),
            PersistenceItem.HostPath => Make(WorkloadVolumeKind.HostPath),
            PersistenceItem.Image => Make(WorkloadVolumeKind.Image),
            _ => Make(WorkloadVolumeKind.Custom),
        };

        WorkloadVolume Make(WorkloadVolumeKind kind, string? claimName = null, string? sourceName = null, List<V1KeyToPath>? items = null, string? sizeLimit = null) =>
            new(id, path, kind, claimName, sourceName,
                (items ?? new()).Select((file, index) => new WorkloadVolumeItem(file.Key, file.Path, path.Key("items").Index(index))).ToList(),
                sizeLimit, dangling)
            {
                MountedByDefault = MountsOf(item) is not ({ Count: > 0 }, _) and not (_, { Count: > 0 }),
            };
    }

    private static IEnumerable<(string Controller, string Container, WorkloadMount Mount)> Mounts(
        string id, PersistenceItem item, ValuePath path, Dictionary<string, HashSet<string>> containers)
    {
        var (global, advanced) = MountsOf(item);
        var hasGlobal = global is { Count: > 0 };
        var hasAdvanced = advanced is { Count: > 0 };
        var defaultPath = item is PersistenceItem.HostPath { HostPathValue: { } hostPath } ? hostPath : "/" + id;
        if (!hasGlobal && !hasAdvanced)
        {
            foreach (var (controller, keys) in containers)
            {
                foreach (var container in keys)
                {
                    yield return (controller, container, new WorkloadMount(id, defaultPath, null, false, path));
                }
            }

            yield break;
        }

        // The chart keeps the last mount path it saw when an entry leaves "path" out (its template reuses the variable).
        var lastPath = defaultPath;
        if (hasGlobal)
        {
            for (var index = 0; index < global!.Count; index++)
            {
                var mount = Mount(id, global[index], ref lastPath, path.Key("globalMounts").Index(index));
                foreach (var (controller, keys) in containers)
                {
                    foreach (var container in keys)
                    {
                        yield return (controller, container, mount);
                    }
                }
            }
        }

        foreach (var (controller, byContainer) in advanced ?? new())
        {
            foreach (var (container, list) in byContainer ?? new())
            {
                if (!containers.TryGetValue(controller, out var keys) || !keys.Contains(container))
                {
                    continue;
                }

                var containerPath = lastPath;
                for (var index = 0; index < (list?.Count ?? 0); index++)
                {
                    yield return (controller, container, Mount(id, list![index], ref containerPath,
                        path.Key("advancedMounts").Key(controller).Key(container).Index(index)));
                }
            }
        }
    }

    private static WorkloadMount Mount(string id, MountPoint point, ref string lastPath, ValuePath path)
    {
        if (!string.IsNullOrEmpty(point.Path))
        {
            lastPath = point.Path!;
        }

        // The subPath as written: the chart ignores an empty one, but an empty subPath written on purpose is a mistake the rules name.
        return new WorkloadMount(id, lastPath, point.SubPath, point.ReadOnly is { IsTrue: true }, path);
    }

    private static WorkloadService Service(string id, Service service, ValuePath path) =>
        new(id, path, service.Controller,
            (service.Ports ?? new())
                .Where(pair => pair.Value is not null && IsEnabled(pair.Value.Enabled))
                .Select(pair => new WorkloadServicePort(pair.Key, pair.Value.Port, pair.Value.AppProtocol, path.Key("ports").Key(pair.Key)))
                .ToList());

    private static WorkloadRoute Route(string id, Route route, ValuePath path) =>
        new(id, path,
            (route.Hostnames ?? new()).Select((host, index) => new WorkloadHostname(host, path.Key("hostnames").Index(index))).ToList(),
            (route.ParentRefs ?? new()).Select((parent, index) => new WorkloadParentRef(parent.Name, parent.Namespace, parent.SectionName, path.Key("parentRefs").Index(index))).ToList(),
            (route.Rules ?? new())
                .SelectMany((rule, ruleIndex) => (rule.BackendRefs ?? new()).Select((backend, index) =>
                    new WorkloadBackend(backend.Identifier, backend.Name, backend.Port, path.Key("rules").Index(ruleIndex).Key("backendRefs").Index(index))))
                .ToList())
        {
            MatchesAll = route.Rules is not { Count: > 0 } rules || rules.Exists(rule => rule.Matches is not { Count: > 0 } matches || matches.Exists(MatchesEveryRequest)),
        };

    /// <summary>A match any request meets: no path or <c>PathPrefix /</c>, and no header, query or method condition.</summary>
    private static bool MatchesEveryRequest(RouteMatch match) => match is RouteMatch.HttpRouteMatch
    {
        Headers: null or { Count: 0 },
        QueryParams: null or { Count: 0 },
        Method: null,
    } http && (http.Path is null || (http.Path.Type is null or GatewayPathMatchType.PathPrefix && http.Path.Value is null or "/"));
}
