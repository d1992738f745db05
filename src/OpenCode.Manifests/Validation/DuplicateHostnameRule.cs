using System;
using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2037: one hostname claimed by routes of two apps (a copy-pasted workspace), or twice in one app. The gateway
/// merges the routes and the older one wins the same path: the other app is silently unreachable and its users reach
/// the first one. Checked across every app of the build.
/// </summary>
public sealed class DuplicateHostnameRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        var claimed = new Dictionary<string, (string App, string Route, SourceLocation At)>(StringComparer.OrdinalIgnoreCase);
        foreach (var app in context.Graph.Apps)
        {
            foreach (var route in app.Release?.Workload.Routes ?? new List<Graph.WorkloadRoute>())
            {
                foreach (var host in route.Hostnames)
                {
                    var at = app.LocateValue(host.Path);
                    if (claimed.TryGetValue(host.Hostname, out var first))
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.DuplicateHostname,
                            $"Route '{route.Id}' of {app.Kind} '{app.Name}' answers for '{host.Hostname}', which route '{first.Route}' of '{first.App}' already claims (at {first.At}); the gateway would send every request to one of them. Give each app its own host.",
                            at);
                    }
                    else
                    {
                        claimed[host.Hostname] = (app.Name, route.Id, at);
                    }
                }
            }
        }
    }
}
