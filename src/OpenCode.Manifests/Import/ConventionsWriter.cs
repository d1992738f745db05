using System.Collections.Generic;
using System.Linq;
using System.Text;
using PinnedChart = OpenCode.Manifests.Conventions.ChartSource;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Writes the <c>[ClusterConventions]</c> record of a project the importer creates, from what the imported folder
/// says about its cluster (<see cref="ClusterFacts"/>): every value is one the folder uses, and a value the folder
/// does not show (no ExternalSecret, no claim) is said to be a placeholder in a comment beside it, so the user sees
/// what to fill in before an app declares a secret or a volume through the builder.
/// </summary>
internal static class ConventionsWriter
{
    /// <summary>The record's name and file.</summary>
    public const string RecordName = "ImportedCluster";

    public static string Write(ClusterFacts facts, PinnedChart? chart, string codeNamespace)
    {
        var source = facts.Source ?? ("GitRepository", "flux-system");
        var gateways = facts.Gateways;
        var (gatewayName, gatewayNamespace, gatewaySection) = gateways.Count > 0 ? gateways[0] : ("gateway", "network", null);
        var store = facts.SecretStore;
        var domainVariables = facts.DomainVariables;
        var domainVariable = domainVariables.Count > 0 ? domainVariables[0] : "DOMAIN";
        var substitution = facts.SubstituteFrom is { } from
            ? $"ClusterSubstitution.FromObject({Q(from.Kind)}, {Q(from.Name)}, {List(facts.Variables)})"
            : $"ClusterSubstitution.FromParent({List(facts.Variables)})";
        var text = new StringBuilder();
        text.Append("// Written by ocm-import from what the imported folder says about its cluster; edit it freely (ocm-import leaves it alone once it exists).\n");
        text.Append("namespace ").Append(codeNamespace).Append(";\n\n");
        text.Append("[ClusterConventions]\n");
        text.Append("public sealed record ").Append(RecordName).Append(" : ClusterConventions\n{\n");
        text.Append("    public ").Append(RecordName).Append("()\n        : base(\n");
        text.Append("            Source: new FluxSourceReference(").Append(Q(source.Kind)).Append(", ").Append(Q(source.Name)).Append(')')
            .Append(facts.Source is null ? ", // no Flux Kustomization found: the usual bootstrap source" : ",").Append('\n');
        text.Append("            DependsOn: [],\n");
        text.Append("            Gateway: new GatewayReference(").Append(Q(gatewayName)).Append(", ").Append(Q(gatewayNamespace)).Append(", ").Append(Q(gatewaySection ?? "https")).Append(')')
            .Append(gateways.Count > 0 ? "," : ", // no route found: a placeholder").Append('\n');
        text.Append("            SecretStore: new SecretStoreConvention(").Append(Q(store?.Kind ?? "ClusterSecretStore")).Append(", ").Append(Q(store?.Name ?? "secret-store")).Append(')')
            .Append(store is null ? ", // no ExternalSecret found: name your store before an app declares a secret" : ",").Append('\n');
        text.Append("            StorageClass: ").Append(Q(facts.StorageClass ?? "standard"))
            .Append(facts.StorageClass is null ? ", // no claim found: name your class before an app declares a persistent volume" : ",").Append('\n');
        text.Append("            VolSync: null,\n");
        text.Append("            DomainVariable: ").Append(Q(domainVariable))
            .Append(domainVariables.Count > 0 ? "," : ", // no hostname ends in a Flux variable: a placeholder for the builder's routes").Append('\n');
        text.Append("            ClusterSubstitution: ").Append(substitution).Append(",\n");
        text.Append("            ReloaderAnnotation: ").Append(facts.UsesReloader ? Q("reloader.stakater.com/auto") : "null").Append(")\n");
        text.Append("    {\n");
        if (facts.FluxNamespace is { } fluxNamespace && fluxNamespace != "flux-system")
        {
            text.Append("        FluxNamespace = ").Append(Q(fluxNamespace)).Append(";\n");
        }

        if (gateways.Count > 1)
        {
            text.Append("        OtherGateways = [").Append(string.Join(", ", gateways.Skip(1).Select(g => $"new({Q(g.Name)}, {Q(g.Namespace)}, {Q(g.Section ?? "https")})"))).Append("];\n");
        }

        var domains = domainVariables.Skip(1).Select(v => "${" + v + "}").Concat(facts.LiteralDomains).ToList();
        if (domains.Count > 0)
        {
            text.Append("        OtherDomains = ").Append(List(domains)).Append(";\n");
        }

        text.Append("        PodSecurity = PodSecurityLevel.Privileged; // the releases were written for no Pod Security level: their namespaces admit what they run\n");
        if (chart is not null)
        {
            text.Append("        AppTemplateChart = new(").Append(Q(chart.Url)).Append(", ").Append(Q(chart.Version)).Append(')')
                .Append(chart.Digest is null ? "" : " { Digest = " + Q(chart.Digest) + " }").Append(";\n");
        }

        text.Append("    }\n}\n");
        return text.ToString();
    }

    private static string Q(string value) => CSharpLiterals.Quote(value);

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Q)) + "]";
}
