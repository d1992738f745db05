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
        // Claimed per gateway and host, with the listener: one host on an internal and on an external gateway
        // (split-horizon DNS), or on two named listeners of one gateway (another port), is not a clash; a parentRef
        // without sectionName attaches to every listener of its gateway, so it meets them all.
        var claimed = new Dictionary<string, List<(string? Section, string App, string Route, SourceLocation At)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var app in context.Graph.Apps)
        {
            var releaseName = ReleaseNameOf(app);
            // A route that matches only some requests (a path, a header) shares its host with the one serving the rest.
            foreach (var route in (app.Release?.Workload.Routes ?? new List<Graph.WorkloadRoute>()).Where(route => route.MatchesAll))
            {
                var listeners = route.ParentRefs.Count == 0
                    ? new[] { (Gateway: "", Section: (string?)null) }
                    : route.ParentRefs.Select(parent => (Gateway: (parent.Namespace ?? app.Namespace) + "/" + parent.Name, Section: parent.SectionName)).Distinct().ToArray();
                foreach (var host in route.Hostnames)
                {
                    var at = app.LocateValue(host.Path);
                    // As the chart renders it; a host with a template other than the release name is not compared.
                    if (ChartTemplatedHostname.Render(host.Hostname, releaseName) is not { } hostname)
                    {
                        continue;
                    }

                    foreach (var (gateway, section) in listeners)
                    {
                        var key = gateway + " " + hostname;
                        if (!claimed.TryGetValue(key, out var claims))
                        {
                            claimed[key] = claims = new();
                        }

                        if (claims.FirstOrDefault(c => c.Section is null || section is null || string.Equals(c.Section, section, StringComparison.Ordinal)) is { App: not null } first)
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.DuplicateHostname,
                                $"Route '{route.Id}' of {app.Kind} '{app.Name}' answers for '{hostname}', which route '{first.Route}' of '{first.App}' already claims on the same gateway listener (at {first.At}); the gateway would send every request to one of them. Give each app its own host.",
                                at);
                            break;
                        }

                        claims.Add((section, app.Name, route.Id, at));
                    }
                }
            }
        }
    }

    /// <summary>The Helm release name Flux gives the app's HelmRelease: <c>releaseName</c>, else <c>[targetNamespace-]name</c>.</summary>
    private static string ReleaseNameOf(Graph.AppGraph app) => app.Release?.Release.Spec switch
    {
        { ReleaseName: { Length: > 0 } name } => name,
        { TargetNamespace: { Length: > 0 } target } => target + "-" + (app.Release.Release.Metadata?.Name ?? app.Name),
        _ => app.Release?.Release.Metadata?.Name ?? app.Name,
    };
}
