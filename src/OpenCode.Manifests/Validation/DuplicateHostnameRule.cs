using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2037: one hostname claimed by routes of two apps (a copy-pasted workspace), or twice in one app. The gateway
/// merges the routes and the older one wins the same path: the other app is silently unreachable and its users reach
/// the first one. Checked across every app of the build, per gateway, between routes that take every request, with hostnames as the chart renders them
/// (<c>{{ .Release.Name }}</c> is the app's name).
/// </summary>
public sealed class DuplicateHostnameRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        // Keyed by gateway listener and host: one host on an internal and on an external gateway (split-horizon DNS), or
        // on two listeners of one gateway (another port), is two listeners, not a clash.
        var claimed = new Dictionary<string, (string App, string Route, SourceLocation At)>(StringComparer.OrdinalIgnoreCase);
        foreach (var app in context.Graph.Apps)
        {
            // A route that matches only some requests (a path, a header) shares its host with the one serving the rest.
            foreach (var route in (app.Release?.Workload.Routes ?? new List<Graph.WorkloadRoute>()).Where(route => route.MatchesAll))
            {
                var gateways = route.ParentRefs.Count == 0
                    ? new[] { "" }
                    : route.ParentRefs.Select(parent => (parent.Namespace ?? app.Namespace) + "/" + parent.Name + "#" + parent.SectionName).Distinct(StringComparer.Ordinal).ToArray();
                foreach (var host in route.Hostnames)
                {
                    var at = app.LocateValue(host.Path);
                    // As the chart renders it (the release is named after the app); a host it cannot render is not compared.
                    if (ChartTemplatedHostname.Render(host.Hostname, app.Name) is not { } hostname)
                    {
                        continue;
                    }

                    foreach (var key in gateways.Select(gateway => gateway + " " + hostname))
                    {
                        if (claimed.TryGetValue(key, out var first))
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.DuplicateHostname,
                                $"Route '{route.Id}' of {app.Kind} '{app.Name}' answers for '{hostname}', which route '{first.Route}' of '{first.App}' already claims on the same gateway listener (at {first.At}); the gateway would send every request to one of them. Give each app its own host.",
                                at);
                            break;
                        }

                        claimed[key] = (app.Name, route.Id, at);
                    }
                }
            }
        }
    }
}
