using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Resources.Flux;

namespace OpenCode.Manifests.Pipeline;

/// <summary>
/// A Mermaid flowchart of what an app runs, from its workload view (the final values as the chart reads them): the
/// chart and its version; each controller with its containers and their images; volumes with where each container
/// mounts them (and the subPath); secret keys feeding environment variables and files; hostname → route → service →
/// controller. Node ids are numbered in a stable order and every label is escaped, so the text is deterministic.
/// </summary>
public static class AppDiagram
{
    /// <summary>The diagram's text (without the code fence), LF line ends.</summary>
    public static string Of(AppGraph app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var diagram = new Diagram();
        diagram.Line("flowchart LR");
        var chart = app.Objects.OfType<OciRepository>().FirstOrDefault();
        var chartNode = diagram.Node("chart", $"chart {ChartName(chart?.Spec?.Url)} {chart?.Spec?.Ref?.Tag}".TrimEnd(), "[/", "/]");
        if (app.Release?.Workload is not { } workload)
        {
            return diagram.ToString();
        }

        var containers = new Dictionary<(string Controller, string Container), string>();
        var controllers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var controller in workload.Controllers)
        {
            var id = diagram.Id("controller");
            controllers[controller.Id] = id;
            diagram.Line($"  subgraph {id}[\"{MermaidText.Label("controller " + controller.Id)}\"]");
            foreach (var container in controller.Containers.OrderBy(c => c.IsInit ? 0 : 1).ThenBy(c => c.Id, StringComparer.Ordinal))
            {
                var image = container.Image.Repository is null ? "(no image)" : container.Image.Repository + ":" + container.Image.Tag;
                containers[(controller.Id, container.Id)] = diagram.Node(
                    "container",
                    (container.IsInit ? "init container " : "container ") + container.Id + "\n" + image,
                    "[",
                    "]",
                    indent: "    ");
            }

            diagram.Line("  end");
            diagram.Line($"  {chartNode} --> {id}");
        }

        foreach (var volume in workload.Volumes.OrderBy(v => v.Id, StringComparer.Ordinal))
        {
            var what = volume.Kind switch
            {
                WorkloadVolumeKind.ExistingClaim or WorkloadVolumeKind.PersistentVolumeClaim => "claim " + (volume.ClaimName ?? volume.Id),
                WorkloadVolumeKind.Secret => "secret " + volume.SourceName,
                WorkloadVolumeKind.ConfigMap => "configMap " + volume.SourceName,
                WorkloadVolumeKind.EmptyDir => "emptyDir" + (volume.SizeLimit is null ? string.Empty : " " + volume.SizeLimit),
                _ => volume.Kind.ToString().ToLowerInvariant(),
            };
            var items = volume.Items.Select(i => i.Key + " → " + i.FilePath);
            var node = diagram.Node("volume", string.Join("\n", new[] { "volume " + volume.Id, what }.Concat(items)), "[(", ")]");
            foreach (var controller in workload.Controllers)
            {
                foreach (var container in controller.Containers)
                {
                    foreach (var mount in container.Mounts.Where(m => m.VolumeId == volume.Id))
                    {
                        var label = mount.MountPath + (mount.SubPath is null ? string.Empty : "\nsubPath " + mount.SubPath) + (mount.ReadOnly ? "\nread-only" : string.Empty);
                        diagram.Edge(node, containers[(controller.Id, container.Id)], label);
                    }
                }
            }
        }

        var secretKeys = new Dictionary<WorkloadSecretKey, string>();
        foreach (var controller in workload.Controllers)
        {
            foreach (var container in controller.Containers)
            {
                foreach (var env in container.Env.Where(e => e.SecretKey is not null))
                {
                    var key = env.SecretKey!;
                    if (!secretKeys.TryGetValue(key, out var node))
                    {
                        node = diagram.Node("secret", "secret " + key.Secret + "\nkey " + key.Key, ">", "]");
                        secretKeys[key] = node;
                    }

                    diagram.Edge(node, containers[(controller.Id, container.Id)], "env " + env.Name);
                }

                foreach (var from in container.EnvFrom)
                {
                    var node = diagram.Node("envFrom", (from.Secret is null ? "configMap " + from.ConfigMap : "secret " + from.Secret) + "\nevery key", ">", "]");
                    diagram.Edge(node, containers[(controller.Id, container.Id)], "env");
                }
            }
        }

        var services = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in workload.Services.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var ports = string.Join(", ", service.Ports.Select(p => p.Name + " " + p.Port?.ToString() + (p.AppProtocol is null ? string.Empty : " (" + p.AppProtocol + ")")));
            var node = diagram.Node("service", "service " + service.Id + "\n" + ports, "{{", "}}");
            services[service.Id] = node;
            if (service.Controller is { } target && controllers.TryGetValue(target, out var controllerNode))
            {
                diagram.Edge(node, controllerNode, null);
            }
        }

        foreach (var route in workload.Routes.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            var gateways = string.Join(", ", route.ParentRefs.Select(p => p.Name + (p.SectionName is null ? string.Empty : "/" + p.SectionName)));
            var node = diagram.Node("route", "route " + route.Id + (gateways.Length == 0 ? string.Empty : "\nvia " + gateways), "([", "])");
            foreach (var hostname in route.Hostnames)
            {
                diagram.Edge(diagram.Node("host", hostname.Hostname, "((", "))"), node, null);
            }

            foreach (var backend in route.Backends)
            {
                if (backend.Identifier is { } id && services.TryGetValue(id, out var serviceNode))
                {
                    diagram.Edge(node, serviceNode, backend.Port is null ? null : "port " + backend.Port);
                }
                else
                {
                    diagram.Edge(node, diagram.Node("service", "service " + (backend.Name ?? backend.Identifier), "{{", "}}"), backend.Port is null ? null : "port " + backend.Port);
                }
            }
        }

        return diagram.ToString();
    }

    private static string ChartName(string? url) => url is null ? "(chart)" : url[(url.LastIndexOf('/') + 1)..];

    /// <summary>The diagram's lines and its node numbering.</summary>
    private sealed class Diagram
    {
        private readonly StringBuilder text = new();
        private int next;

        public string Id(string kind) => kind + (++next).ToString(CultureInfo.InvariantCulture);

        public void Line(string line) => text.Append(line).Append('\n');

        public string Node(string kind, string label, string open, string close, string indent = "  ")
        {
            var id = Id(kind);
            Line($"{indent}{id}{open}\"{MermaidText.Label(label)}\"{close}");
            return id;
        }

        public void Edge(string from, string to, string? label) =>
            Line(label is null ? $"  {from} --> {to}" : $"  {from} -->|\"{MermaidText.Label(label)}\"| {to}");

        public override string ToString() => text.ToString();
    }
}
