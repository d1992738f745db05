using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2022: every route hostname must be DNS labels followed by the cluster's domain variable
/// (for a cluster whose DomainVariable is CLUSTER_DOMAIN: <c>flux.opencode.${CLUSTER_DOMAIN}</c>). A hostname outside it is not served by the gateway's certificate and
/// listener, one with an invalid label is rejected by the API server, and one whose labels already end in a
/// domain (<c>notes.home.arpa</c> becomes <c>notes.home.arpa.${CLUSTER_DOMAIN}</c>) is a name nobody resolves.
/// </summary>
public sealed class HostOutsideDomainRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        var suffix = ".${" + context.Conventions.DomainVariable + "}";
        var otherSuffixes = context.Conventions.OtherDomains.Select(domain => "." + domain).ToList();
        foreach (var app in context.Apps)
        {
            foreach (var route in app.Release?.Workload.Routes ?? new List<Graph.WorkloadRoute>())
            {
                foreach (var host in route.Hostnames)
                {
                    var hostname = host.Hostname;
                    if (hostname == suffix.Substring(1) || otherSuffixes.Exists(other => hostname == other.Substring(1)))
                    {
                        // The domain itself (a landing page on the apex): served by the same certificate and listener.
                        continue;
                    }

                    if (otherSuffixes.Find(other => hostname.EndsWith(other, System.StringComparison.Ordinal)) is { } other)
                    {
                        // A domain the conventions list besides the variable: only the labels before it are checked.
                        if (!IsHostLabels(hostname.Substring(0, hostname.Length - other.Length)))
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.HostOutsideDomain,
                                $"Route '{route.Id}' answers for '{hostname}', but '{hostname.Substring(0, hostname.Length - other.Length)}' is not a list of DNS labels (lower-case letters, digits and '-', separated by '.').",
                                app.LocateValue(host.Path));
                        }
                    }
                    else if (!hostname.EndsWith(suffix, System.StringComparison.Ordinal))
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.HostOutsideDomain,
                            $"Route '{route.Id}' answers for '{hostname}', which is outside the cluster domain '${{{context.Conventions.DomainVariable}}}'{(otherSuffixes.Count == 0 ? "" : " and the conventions' OtherDomains")}; write the host labels only and let the route add '{suffix}', or list the domain in OtherDomains.",
                            app.LocateValue(host.Path));
                    }
                    else if (ConstraintSyntax.IsHostname(hostname.Substring(0, hostname.Length - suffix.Length))
                        && ConstraintSyntax.TopLevelDomainOf(hostname.Substring(0, hostname.Length - suffix.Length)) is { } domain)
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.HostOutsideDomain,
                            $"Route '{route.Id}' answers for '{hostname}': the host '{hostname.Substring(0, hostname.Length - suffix.Length)}' already ends in the domain '.{domain}', so the name served is under neither. Write only the labels before the domain (e.g. '{hostname.Substring(0, hostname.IndexOf('.', System.StringComparison.Ordinal))}') and let the route add '{suffix}'.",
                            app.LocateValue(host.Path));
                    }
                    else if (!IsHostLabels(hostname.Substring(0, hostname.Length - suffix.Length)))
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.HostOutsideDomain,
                            $"Route '{route.Id}' answers for '{hostname}', but '{hostname.Substring(0, hostname.Length - suffix.Length)}' is not a list of DNS labels (lower-case letters, digits and '-', separated by '.').",
                            app.LocateValue(host.Path));
                    }
                }
            }
        }
    }

    /// <summary>
    /// DNS labels, where a Helm template (<c>{{ .Release.Name }}</c>, which app-template renders in hostnames) stands
    /// for a label's text.
    /// </summary>
    private static bool IsHostLabels(string labels) =>
        ConstraintSyntax.IsHostname(Template.Replace(labels, "x"));

    private static readonly System.Text.RegularExpressions.Regex Template = new(@"\{\{[^}]*\}\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
