using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace OpenCode.Manifests.TestSupport;

/// <summary>One volume mount of a container, as app-template renders it from <c>persistence.*.advancedMounts</c>.</summary>
public sealed record VolumeMount(string VolumeId, string VolumeType, string Path, string? SubPath, bool ReadOnly);

/// <summary>An env entry: a literal value, or a reference to a Secret key (<paramref name="Optional"/>: the pod starts without it).</summary>
public sealed record EnvEntry(string Name, string? Literal, string? SecretName, string? SecretKey, bool Optional = false);

/// <summary>A container of the pod: command, env, working directory and mounts.</summary>
public sealed record PodContainer(string Id, IReadOnlyList<string> Command, IReadOnlyList<EnvEntry> Env, string? WorkingDir,
    IReadOnlyList<VolumeMount> Mounts, JsonObject Raw);

/// <summary>
/// A secret volume: the secret, the key → file projection and the file mode; <paramref name="Optional"/> when the pod
/// starts without the Secret (a <c>custom</c> persistence item whose <c>volumeSpec.secret</c> says <c>optional: true</c>).
/// </summary>
public sealed record SecretVolume(string VolumeId, string SecretName, int DefaultMode, IReadOnlyList<(string Key, string Path)> Items, bool Optional);

/// <summary>
/// The pod an emitted HelmRelease describes, read from the emitted YAML (not from the C# model), for the
/// harnesses that run the real programs the way the kubelet would.
/// </summary>
public sealed class EmittedPod
{
    private EmittedPod(string workspace, JsonObject values, string controllerId)
    {
        Workspace = workspace;
        Values = values;
        ControllerId = controllerId;
        var controller = values["controllers"]![controllerId]!.AsObject();
        var security = controller["pod"]?["securityContext"]?.AsObject() ?? new JsonObject();
        RunAsUser = security["runAsUser"]!.GetValue<long>();
        RunAsGroup = security["runAsGroup"]!.GetValue<long>();
        FsGroup = security["fsGroup"]!.GetValue<long>();
        InitContainers = Containers(controller["initContainers"]?.AsObject());
        Containers_ = Containers(controller["containers"]?.AsObject());
    }

    public string Workspace { get; }

    public JsonObject Values { get; }

    public string ControllerId { get; }

    public long RunAsUser { get; }

    public long RunAsGroup { get; }

    public long FsGroup { get; }

    public IReadOnlyList<PodContainer> InitContainers { get; }

    private IReadOnlyList<PodContainer> Containers_ { get; }

    public PodContainer Server => Containers_.Single(c => c.Id == "app");

    public PodContainer GitSync => InitContainers.Single(c => c.Id == "git-sync");

    /// <summary>The image of a container as <c>repository:tag</c>.</summary>
    public static string Image(PodContainer container) =>
        $"{container.Raw["image"]!["repository"]!.GetValue<string>()}:{container.Raw["image"]!["tag"]!.GetValue<string>()}";

    public static EmittedPod Read(EmittedTree tree, string workspace)
    {
        var release = tree.HelmRelease(workspace);
        var values = release["spec"]!["values"]!.AsObject();
        var controllers = values["controllers"]!.AsObject();
        Assert.True(controllers.Count == 1, $"{workspace}: one controller expected, found {controllers.Count}");
        return new EmittedPod(workspace, values, controllers.Single().Key);
    }

    /// <summary>
    /// The secret volumes, by id: the chart's <c>secret</c> items, and <c>custom</c> items whose volume spec is a
    /// secret (the chart's secret type has no optional flag, so an optional Secret is emitted that way).
    /// </summary>
    public IReadOnlyDictionary<string, SecretVolume> SecretVolumes()
    {
        var volumes = new Dictionary<string, SecretVolume>(StringComparer.Ordinal);
        foreach (var (id, node) in Values["persistence"]!.AsObject())
        {
            var item = node!.AsObject();
            var type = item["type"]?.GetValue<string>();
            var spec = type == "custom" ? item["volumeSpec"]?["secret"]?.AsObject() : null;
            if (type != "secret" && spec is null)
            {
                continue;
            }

            var source = spec ?? item;
            volumes[id] = new SecretVolume(
                id,
                (spec is null ? item["name"] : spec["secretName"])!.GetValue<string>(),
                // Kubernetes' default when unset is 0644 (420).
                (int)(source["defaultMode"]?.GetValue<long>() ?? 420),
                (source["items"]?.AsArray() ?? new JsonArray())
                    .Select(i => (i!["key"]!.GetValue<string>(), i!["path"]!.GetValue<string>()))
                    .ToList(),
                spec?["optional"]?.GetValue<bool>() ?? false);
        }

        return volumes;
    }

    /// <summary>True when a persistence item is a secret volume (the chart's type or a custom secret volume spec).</summary>
    public bool IsSecretVolume(string volumeId) => SecretVolumes().ContainsKey(volumeId);

    /// <summary>The existing claim a persistence item names (the PVC VolSync creates), by volume id.</summary>
    public string? ExistingClaim(string volumeId) => Values["persistence"]![volumeId]!["existingClaim"]?.GetValue<string>();

    private IReadOnlyList<PodContainer> Containers(JsonObject? containers)
    {
        var list = new List<PodContainer>();
        foreach (var (id, node) in containers ?? new JsonObject())
        {
            var raw = node!.AsObject();
            var command = raw["command"]?.AsArray().Select(a => a!.GetValue<string>()).ToList() ?? new List<string>();
            var env = new List<EnvEntry>();
            foreach (var (name, value) in raw["env"]?.AsObject() ?? new JsonObject())
            {
                switch (value)
                {
                    case JsonValue v:
                        env.Add(new EnvEntry(name, v.ToString(), null, null));
                        break;
                    case JsonObject o when o["secretKeyRef"] is JsonObject r:
                        env.Add(new EnvEntry(name, null, r["name"]!.GetValue<string>(), r["key"]!.GetValue<string>(), r["optional"]?.GetValue<bool>() ?? false));
                        break;
                    case JsonObject o when o["value"] is JsonValue v:
                        env.Add(new EnvEntry(name, v.ToString(), null, null));
                        break;
                    case null:
                        env.Add(new EnvEntry(name, string.Empty, null, null));
                        break;
                    default:
                        throw new NotSupportedException($"{Workspace}: env {name} has a form this harness does not model: {value.ToJsonString()}");
                }
            }

            Assert.True(raw["envFrom"] is null, $"{Workspace}/{id}: envFrom is not modelled by this harness; extend it");
            list.Add(new PodContainer(id, command, env, raw["workingDir"]?.GetValue<string>(), MountsOf(id), raw));
        }

        return list;
    }

    private List<VolumeMount> MountsOf(string containerId)
    {
        var mounts = new List<VolumeMount>();
        foreach (var (volumeId, node) in Values["persistence"]!.AsObject())
        {
            var item = node!.AsObject();
            var type = item["type"]?.GetValue<string>() ?? (item["existingClaim"] is not null ? "existingClaim" : "persistentVolumeClaim");
            Assert.True(item["globalMounts"] is null, $"{Workspace}: persistence.{volumeId}.globalMounts is not modelled by this harness");
            var list = item["advancedMounts"]?[ControllerId]?[containerId]?.AsArray();
            foreach (var mount in list ?? new JsonArray())
            {
                mounts.Add(new VolumeMount(
                    volumeId,
                    type,
                    mount!["path"]!.GetValue<string>(),
                    mount["subPath"]?.GetValue<string>(),
                    mount["readOnly"]?.GetValue<bool>() ?? false));
            }
        }

        return mounts;
    }
}
