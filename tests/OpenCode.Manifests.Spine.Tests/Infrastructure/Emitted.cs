using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Pipeline;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Generated;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Resources.Flux;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Infrastructure;

/// <summary>Runs the pipeline on this repository's own workspaces, through the generated registry.</summary>
internal static class Emitted
{
    private static readonly Lazy<Emission> Cached = new(Run);

    /// <summary>The workspace names DESIGN.md lists.</summary>
    public static readonly string[] WorkspaceNames = { "opencode-flux", "opencode-ha" };

    /// <summary>One emission shared by the read-only tests.</summary>
    public static Emission Emission => Cached.Value;

    /// <summary>A fresh run of the pipeline (generated registry → compose → validate → render).</summary>
    public static Emission Run()
    {
        var emission = ManifestPipeline.Run(GeneratedAppRegistry.Create());
        var errors = emission.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the workspaces produce errors:\n" + string.Join("\n", errors));
        return emission;
    }

    public static AppGraph App(string name) => Emission.Apps.Single(a => a.Name == name);

    public static AppTemplateValues Values(string name) => (AppTemplateValues)App(name).Release!.Values;

    public static Controller Controller(string name) => Values(name).Controllers![name];

    /// <summary>The server container ("app").</summary>
    public static Container Server(string name) => Controller(name).Containers!["app"];

    /// <summary>The git-sync init container.</summary>
    public static Container GitSync(string name) => Controller(name).InitContainers!["git-sync"];

    /// <summary>Every container and init container of the workspace, by id.</summary>
    public static IEnumerable<(string Id, Container Container)> AllContainers(string name)
    {
        var controller = Controller(name);
        foreach (var (id, c) in controller.InitContainers ?? new())
        {
            yield return (id, c);
        }

        foreach (var (id, c) in controller.Containers ?? new())
        {
            yield return (id, c);
        }
    }

    /// <summary>The container's env as a map (it is emitted in map form).</summary>
    public static Dictionary<string, EnvVarMapValue?> Env(Container container)
    {
        var map = Assert.IsType<EnvVars.EnvVarMap>(container.Env);
        return map.Value;
    }

    /// <summary>A literal env value, or fails.</summary>
    public static string Literal(Container container, string variable)
    {
        Assert.True(Env(container).TryGetValue(variable, out var value), $"{variable} is not set");
        return Assert.IsType<EnvVarMapValue.EnvVarLiteral>(value).Value!.Value.Text;
    }

    /// <summary>Mounts of every volume into a container: (volume id, volume, mount).</summary>
    public static IEnumerable<(string VolumeId, PersistenceItem Volume, MountPoint Mount)> Mounts(string name, string containerId)
    {
        foreach (var (id, item) in Values(name).Persistence!)
        {
            var advanced = AdvancedMounts(item);
            if (advanced is null || !advanced.TryGetValue(name, out var byContainer) || !byContainer.TryGetValue(containerId, out var list))
            {
                continue;
            }

            foreach (var mount in list)
            {
                yield return (id, item, mount);
            }
        }
    }

    public static Dictionary<string, Dictionary<string, List<MountPoint>>>? AdvancedMounts(PersistenceItem item) => item switch
    {
        PersistenceItem.ExistingClaim c => c.AdvancedMounts,
        PersistenceItem.PersistentVolumeClaim p => p.AdvancedMounts,
        PersistenceItem.EmptyDir e => e.AdvancedMounts,
        PersistenceItem.Secret s => s.AdvancedMounts,
        _ => throw new InvalidOperationException($"unexpected persistence item {item.GetType().Name}"),
    };

    /// <summary>The emitted text of a file.</summary>
    public static string Text(string relativePath)
    {
        var file = Emission.Files.Single(f => f.RelativePath == relativePath);
        return Encoding.UTF8.GetString(file.Content.Span);
    }

    public static string AppFolder(string name) => $"kubernetes/apps/opencode/{name}/app";
}
