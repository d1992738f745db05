using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using V5 = OpenCode.Manifests.AppTemplate.V5;
using V4 = OpenCode.Manifests.AppTemplate;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// Issue #12: the diagnostics of the chart major (OCM2070 an escape hatch of the other major, OCM2071 a chart version
/// with no model, OCM2072 a workspace that mounts a ServiceAccount token) at the C# line that caused them, and the
/// existing rules judging final 5.x values (after <c>CustomizeV5</c>) at the escape hatch's line.
/// </summary>
public sealed class ChartFiveDiagnosticsTests
{
    private static readonly ChartSource Chart5 = new("oci://ghcr.io/bjw-s-labs/helm/app-template", "5.1.0");

    private static int Runtime(int value) => value + (Environment.TickCount64 < 0 ? 1 : 0);

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "v4-container-hatch-on-5", "5.1.0", "OCM2070" },
        { "v4-controller-hatch-on-5", "5.1.0", "OCM2070" },
        { "v4-release-hatch-on-5", "5.1.0", "OCM2070" },
        { "v5-container-hatch-on-4", "4.4.0", "OCM2070" },
        { "v5-release-hatch-on-4", "4.4.0", "OCM2070" },
        { "server-port-through-customize-v5", "5.1.0", "OCM2036" },
        { "pod-root-through-customize-v5", "5.1.0", "OCM2035" },
        { "secret-not-produced-through-customize-v5", "5.1.0", "OCM2018" },
        { "network-policy-controller-and-selector", "5.1.0", "OCM2073" },
        { "service-account-identifier-typo", "5.1.0", "OCM2074" },
        { "service-account-disabled", "5.1.0", "OCM2074" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void The_mistake_is_reported_at_its_line_and_nothing_is_rendered(string mistake, string chart, string id)
    {
        var emission = Run(new Mistake(mistake), chart);
        AssertAt(emission, id, DiagnosticSeverity.Error, InProcessPipeline.Marked(mistake), mistake);
        Assert.Empty(emission.Files);
    }

    [Fact]
    public void Negative_control_the_same_workspace_without_a_mistake_builds_clean_on_both_majors()
    {
        foreach (var chart in new[] { "4.4.0", "5.1.0" })
        {
            var emission = Run(new Mistake("none"), chart);
            Assert.True(emission.Diagnostics.Count == 0, chart + ": " + string.Join("\n", emission.Diagnostics));
            Assert.NotEmpty(emission.Files);
        }

        // The right escape hatch for the major is applied, not reported.
        var right = Run(new Mistake("v5-container-hatch-on-5"), "5.1.0");
        Assert.Empty(right.Diagnostics);
        var server = ((V5.AppTemplateValues)right.Apps[0].Release!.Values).Controllers!["mistake"].Containers!["app"];
        Assert.Equal(V5.TerminationMessagePolicy.FallbackToLogsOnError, server.TerminationMessagePolicy);
    }

    [Theory]
    [InlineData("network-policy-controller-only")]
    [InlineData("service-account-declared")]
    public void Negative_control_a_controller_only_policy_and_a_declared_service_account_build_clean(string which)
    {
        var emission = Run(new Mistake(which), "5.1.0");
        Assert.True(emission.Diagnostics.Count == 0, string.Join("\n", emission.Diagnostics));
        Assert.NotEmpty(emission.Files);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("6.0.0")]
    public void A_chart_version_without_a_model_in_the_conventions_is_OCM2071_at_the_workspace_declaration(string version)
    {
        var declaredAt = InProcessPipeline.Marked("record Mistake");
        var emission = ManifestPipeline.Run(new AppRegistry(
            new[] { new AppEntry(() => new Mistake("none"), nameof(Mistake), declaredAt) },
            () => new OpenCode.Workspaces.SeedClusterConventions() with { AppTemplateChart = Chart5 with { Version = version } }));
        AssertAt(emission, "OCM2071", DiagnosticSeverity.Error, declaredAt, version);
        Assert.Empty(emission.Files);
    }

    [Fact]
    public void A_token_mount_turned_back_on_in_a_5x_workspace_is_OCM2072_at_the_escape_hatch_and_still_renders()
    {
        var emission = Run(new Mistake("token-on-through-customize-v5"), "5.1.0");
        AssertAt(emission, "OCM2072", DiagnosticSeverity.Warning, InProcessPipeline.Marked("token-on-through-customize-v5"), "token on");
        Assert.NotEmpty(emission.Files);

        var explicit4 = Run(new Mistake("token-on-through-customize-v4"), "4.4.0");
        AssertAt(explicit4, "OCM2072", DiagnosticSeverity.Warning, InProcessPipeline.Marked("token-on-through-customize-v4"), "token on, 4.x");
    }

    [Fact]
    public void Negative_control_a_token_turned_off_by_default_pod_options_or_a_4x_default_is_not_OCM2072()
    {
        Assert.DoesNotContain(Run(new Mistake("token-off-through-defaults-v5"), "5.1.0").Diagnostics, d => d.Id == "OCM2072");
        Assert.DoesNotContain(Run(new Mistake("none"), "4.4.0").Diagnostics, d => d.Id == "OCM2072");
    }

    private static Emission Run(Mistake workspace, string chart) =>
        ManifestPipeline.Run(new AppRegistry(
            new[] { new AppEntry(() => workspace, nameof(Mistake), InProcessPipeline.Marked("record Mistake")) },
            () => new OpenCode.Workspaces.SeedClusterConventions() with { AppTemplateChart = Chart5 with { Version = chart } }));

    private static void AssertAt(Emission emission, string id, DiagnosticSeverity severity, SourceLocation expected, string mistake)
    {
        var all = string.Join("\n", emission.Diagnostics);
        var matching = emission.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count >= 1, $"{mistake}: expected {id}, got:\n{all}");
        foreach (var diagnostic in matching)
        {
            Assert.Equal(severity, diagnostic.Severity);
            Assert.Equal(expected.FilePath, diagnostic.Location.FilePath);
            Assert.True(expected.Line == diagnostic.Location.Line, $"{mistake}: expected line {expected.Line}, got {diagnostic}");
            Assert.Contains($": {(severity == DiagnosticSeverity.Error ? "error" : "warning")} {id}: ", diagnostic.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>One workspace, one mistake (chosen by name) in its Customize.</summary>
    private sealed record Mistake(string Which) : OpenCodeWorkspace("mistake", GitHub.Repository("ORG", "repo"), "mistake") //@record Mistake
    {
        protected override void Customize(OpenCodeApp app)
        {
            switch (Which)
            {
                case "v4-container-hatch-on-5":
                    app.Server.Customize(c => c with { WorkingDir = "/tmp" }); //@v4-container-hatch-on-5
                    break;
                case "v4-controller-hatch-on-5":
                    app.Controller.Customize(c => c with { Replicas = 1 }); //@v4-controller-hatch-on-5
                    break;
                case "v4-release-hatch-on-5":
                    app.Builder.Customize(v => v with { DefaultPodOptions = new V4.PodOptions() }); //@v4-release-hatch-on-5
                    break;
                case "v5-container-hatch-on-4":
                    app.Server.CustomizeV5(c => c with { WorkingDir = "/tmp" }); //@v5-container-hatch-on-4
                    break;
                case "v5-release-hatch-on-4":
                    app.Builder.CustomizeV5(v => v with { Global = new V5.GlobalOptions { CreateDefaultServiceAccount = false } }); //@v5-release-hatch-on-4
                    break;
                case "v5-container-hatch-on-5":
                    app.Server.CustomizeV5(c => c with { TerminationMessagePolicy = V5.TerminationMessagePolicy.FallbackToLogsOnError });
                    break;
                case "server-port-through-customize-v5":
                    app.Server.CustomizeV5(c => c with { Args = new List<string> { "--port=9000" } }); //@server-port-through-customize-v5
                    break;
                case "pod-root-through-customize-v5":
                    app.Controller.CustomizeV5(c => c with //@pod-root-through-customize-v5
                    {
                        Pod = c.Pod! with { SecurityContext = c.Pod!.SecurityContext! with { RunAsUser = Runtime(0) } },
                    });
                    break;
                case "secret-not-produced-through-customize-v5":
                    app.Server.CustomizeV5(c => c with { EnvFrom = new List<V5.EnvFromSource> { new() { Secret = "shared-secrets" } } }); //@secret-not-produced-through-customize-v5
                    break;
                case "token-on-through-customize-v5":
                    app.Controller.CustomizeV5(c => c with { Pod = c.Pod! with { AutomountServiceAccountToken = true } }); //@token-on-through-customize-v5
                    break;
                case "token-on-through-customize-v4":
                    app.Controller.Customize(c => c with { Pod = c.Pod! with { AutomountServiceAccountToken = true } }); //@token-on-through-customize-v4
                    break;
                case "network-policy-controller-and-selector":
                    app.Builder.CustomizeV5(v => v with //@network-policy-controller-and-selector
                    {
                        Networkpolicies = new()
                        {
                            ["app"] = new V5.NetworkPolicy
                            {
                                Controller = "mistake",
                                PodSelector = new Kubernetes.V1LabelSelector { MatchLabels = new() { ["app"] = "mistake" } },
                                PolicyTypes = new() { V5.NetworkPolicyType.Ingress },
                                Rules = new V5.NetworkPolicyRules { Ingress = new() { new Kubernetes.V1NetworkPolicyIngressRule() } },
                            },
                        },
                    });
                    break;
                case "network-policy-controller-only":
                    app.Builder.CustomizeV5(v => v with
                    {
                        Networkpolicies = new()
                        {
                            ["app"] = new V5.NetworkPolicy
                            {
                                Controller = "mistake",
                                PolicyTypes = new() { V5.NetworkPolicyType.Ingress },
                                Rules = new V5.NetworkPolicyRules { Ingress = new() { new Kubernetes.V1NetworkPolicyIngressRule() } },
                            },
                        },
                    });
                    break;
                case "service-account-identifier-typo":
                    app.Controller.CustomizeV5(c => c with { ServiceAccount = new V5.ControllerServiceAccountRef { Identifier = "agnet" } }); //@service-account-identifier-typo
                    app.Builder.CustomizeV5(v => v with { ServiceAccount = new() { ["agent"] = new V5.ServiceAccountSpec() } });
                    break;
                case "service-account-disabled":
                    app.Controller.CustomizeV5(c => c with { ServiceAccount = new V5.ControllerServiceAccountRef { Identifier = "agent" } }); //@service-account-disabled
                    app.Builder.CustomizeV5(v => v with { ServiceAccount = new() { ["agent"] = new V5.ServiceAccountSpec { Enabled = false } } });
                    break;
                case "service-account-declared":
                    app.Controller.CustomizeV5(c => c with { ServiceAccount = new V5.ControllerServiceAccountRef { Identifier = "agent" } });
                    app.Builder.CustomizeV5(v => v with { ServiceAccount = new() { ["agent"] = new V5.ServiceAccountSpec() } });
                    break;
                case "token-off-through-defaults-v5":
                    app.Builder.CustomizeV5(v => v with { DefaultPodOptions = new V5.PodOptions { AutomountServiceAccountToken = false } });
                    break;
            }
        }
    }
}
