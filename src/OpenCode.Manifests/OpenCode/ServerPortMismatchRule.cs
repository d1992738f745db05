using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Validation;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests;

/// <summary>
/// OCM2036 (OpenCode workspaces): the server's command says <c>--port N</c> (the final command, after every escape
/// hatch) but the Service in front of its controller, or one of its probes, still uses another port. The probes fail
/// and the kubelet restarts the pod forever; the route sends to a port nobody listens on. Change the workspace's
/// <c>Port</c> instead: it moves the command, Service, route and probes together.
/// </summary>
public sealed class ServerPortMismatchRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var release = app.Release;
            if (release is null || ServerValues.Of(release.Values) is not { } chart)
            {
                continue;
            }

            foreach (var controller in release.Workload.Controllers)
            {
                foreach (var container in controller.Containers.Where(c => !c.IsInit))
                {
                    var values = chart.Container(controller.Id, container.Id);
                    var command = values?.Command?.Values.ToList() ?? new List<string>();
                    var args = values?.Args?.Values.ToList() ?? new List<string>();
                    if (ListenPort(command.Concat(args).ToList()) is not { } port)
                    {
                        continue;
                    }

                    // The line that chose the port: the args when they say it, else the command. When that is still
                    // the app's own declaration (the user did not touch it), the mistake is the other end: report there.
                    var portAt = app.LocateValue(container.Path.Key(ListenPort(args) is not null ? "args" : "command"));
                    SourceLocation At(ValuePath other) => portAt == app.DeclaredAt ? app.LocateValue(other) : portAt;
                    foreach (var service in release.Workload.Services.Where(s => s.Controller == controller.Id && s.Ports.Count > 0))
                    {
                        var targets = service.Ports.Select(p => Number(chart.TargetPort(service.Id, p.Name)) ?? Number(p.Port)).ToList();
                        if (targets.All(t => t is not null) && !targets.Contains(port))
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.ServerPortMismatch,
                                $"Container '{container.Id}' listens on port {port} (its command says --port {port}), but Service '{service.Id}' sends to {string.Join(", ", targets)}: the route reaches nobody. Set the workspace's Port instead of editing the command, or change the Service too.",
                                At(service.Path.Key("ports")));
                        }
                    }

                    foreach (var (probe, name) in new[] { (values?.Probes?.Liveness, "liveness"), (values?.Probes?.Readiness, "readiness"), (values?.Probes?.Startup, "startup") })
                    {
                        if (probe is null || probe.Enabled is not { IsPlaceholder: false, Value: true })
                        {
                            continue;
                        }

                        var probed = Number(probe.Spec?.TcpSocket?.Port) ?? Number(probe.Spec?.HttpGet?.Port) ?? Number(probe.Port);
                        if (probed is not null && probed != port)
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.ServerPortMismatch,
                                $"Container '{container.Id}' listens on port {port} (its command says --port {port}), but its {name} probe checks port {probed}: the probe fails and the kubelet restarts the pod forever. Set the workspace's Port instead of editing the command, or change the probe too.",
                                At(container.Path.Key("probes").Key(name)));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The port of <c>--port N</c> or <c>--port=N</c>, the last one winning as in a flag parser.</summary>
    private static long? ListenPort(List<string> words)
    {
        long? port = null;
        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];
            var text = word == "--port" && index + 1 < words.Count ? words[index + 1]
                : word.StartsWith("--port=", System.StringComparison.Ordinal) ? word.Substring("--port=".Length)
                : null;
            if (text is not null && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                port = value;
            }
        }

        return port;
    }

    private static long? Number(IntegerOrString? value) => value is { IsInteger: true } number ? number.IntegerValue : null;

    /// <summary>
    /// What the rule reads beyond the workload — a container's command, args and probes, a service port's targetPort —
    /// from the values of either chart major (5.x keeps these keys as 4.x had them; the probes are read into the
    /// shared 4.x shape).
    /// </summary>
    private sealed class ServerValues
    {
        private readonly System.Func<string, string, Container?> container;
        private readonly System.Func<string, string, IntegerOrString?> targetPort;

        private ServerValues(System.Func<string, string, Container?> container, System.Func<string, string, IntegerOrString?> targetPort)
        {
            this.container = container;
            this.targetPort = targetPort;
        }

        public static ServerValues? Of(IYamlWritable values) => values switch
        {
            AppTemplateValues v4 => new ServerValues(
                (controller, id) => v4.Controllers?.GetValueOrDefault(controller)?.Containers?.GetValueOrDefault(id),
                (service, port) => v4.Service?.GetValueOrDefault(service)?.Ports?.GetValueOrDefault(port)?.TargetPort),
            AppTemplate.V5.AppTemplateValues v5 => new ServerValues(
                (controller, id) => v5.Controllers?.GetValueOrDefault(controller)?.Containers?.GetValueOrDefault(id) is { } c
                    ? new Container
                    {
                        Command = c.Command,
                        Args = c.Args,
                        Probes = c.Probes is null ? null : ValuesYaml.FromNode<ContainerProbes>(ValuesYaml.ToNode(c.Probes)),
                    }
                    : null,
                (service, port) => v5.Service?.GetValueOrDefault(service)?.Ports?.GetValueOrDefault(port)?.TargetPort),
            _ => null,
        };

        /// <summary>The container's command, args and probes (nothing else is read).</summary>
        public Container? Container(string controller, string id) => container(controller, id);

        public IntegerOrString? TargetPort(string service, string port) => targetPort(service, port);
    }
}
