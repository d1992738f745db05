using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using OpenCode.Manifests.Validation;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM2060: a container the namespace's Pod Security level refuses is reported at the C# line that declared it; a
/// workspace as the package composes it is admitted under "restricted", and a cluster that enforces a lower level
/// is judged by that level.
/// </summary>
public sealed class PodSecurityTests
{
    private static readonly ContainerImage Sidecar = new() { Repository = "ghcr.io/example/sidecar", Tag = "1.2.3" };

    [Fact]
    public void A_sidecar_without_a_restricted_security_context_is_OCM2060_at_its_line()
    {
        var emission = Run(new WithSidecar(Hardened: false), new OpenCode.Workspaces.SeedClusterConventions());
        var expected = InProcessPipeline.Marked("bare-sidecar");

        var refused = Assert.Single(emission.Diagnostics, d => d.Id == DiagnosticCatalog.PodSecurityRefused.Id);
        Assert.Equal(DiagnosticSeverity.Error, refused.Severity);
        Assert.Equal(expected.FilePath, refused.Location.FilePath);
        Assert.Equal(expected.Line, refused.Location.Line);
        Assert.Contains("'sidecar'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("allowPrivilegeEscalation", refused.Message, StringComparison.Ordinal);
        Assert.Contains("capabilities.drop", refused.Message, StringComparison.Ordinal);
        Assert.Empty(emission.Files);
    }

    [Fact]
    public void A_hardened_sidecar_and_the_workspace_itself_are_admitted()
    {
        var emission = Run(new WithSidecar(Hardened: true), new OpenCode.Workspaces.SeedClusterConventions());
        Assert.True(emission.Diagnostics.Count == 0, string.Join("\n", emission.Diagnostics));
        Assert.NotEmpty(emission.Files);
    }

    [Fact]
    public void Under_baseline_the_bare_sidecar_is_admitted_and_the_namespace_says_baseline()
    {
        var emission = Run(new WithSidecar(Hardened: false), new OpenCode.Workspaces.SeedClusterConventions() with { PodSecurity = PodSecurityLevel.Baseline });
        Assert.True(emission.Diagnostics.Count == 0, string.Join("\n", emission.Diagnostics));
        var ns = emission.Files.Single(f => f.RelativePath.EndsWith("/namespace.yaml", StringComparison.Ordinal));
        Assert.Contains("pod-security.kubernetes.io/enforce: baseline", System.Text.Encoding.UTF8.GetString(ns.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusals_follow_the_restricted_profile()
    {
        var pod = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } };
        V1SecurityContext Hardened() => new() { AllowPrivilegeEscalation = false, Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" } } };

        Assert.Empty(PodSecurityRule.ContainerRefusals(Hardened(), pod, PodSecurityLevel.Restricted));
        // Each single departure from the profile is refused.
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened(), pod with { SeccompProfile = null }, PodSecurityLevel.Restricted));
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened() with { SeccompProfile = new V1SeccompProfile { Type = "Unconfined" } }, pod, PodSecurityLevel.Restricted));
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened(), pod with { RunAsNonRoot = null }, PodSecurityLevel.Restricted));
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened() with { RunAsNonRoot = false }, pod, PodSecurityLevel.Restricted));
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened() with { RunAsUser = 0 }, pod, PodSecurityLevel.Restricted));
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened() with { AllowPrivilegeEscalation = null }, pod, PodSecurityLevel.Restricted));
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened() with { Capabilities = null }, pod, PodSecurityLevel.Restricted));
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened() with { Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" }, Add = new List<string> { "SYS_ADMIN" } } }, pod, PodSecurityLevel.Restricted));
        Assert.NotEmpty(PodSecurityRule.ContainerRefusals(Hardened() with { Privileged = true }, pod, PodSecurityLevel.Baseline));
        // What restricted allows: NET_BIND_SERVICE, a Localhost profile, the container's own seccomp profile.
        Assert.Empty(PodSecurityRule.ContainerRefusals(Hardened() with { Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" }, Add = new List<string> { "NET_BIND_SERVICE" } } }, pod, PodSecurityLevel.Restricted));
        Assert.Empty(PodSecurityRule.ContainerRefusals(Hardened() with { SeccompProfile = new V1SeccompProfile { Type = "Localhost", LocalhostProfile = "p.json" } }, pod with { SeccompProfile = null }, PodSecurityLevel.Restricted));
        Assert.Empty(PodSecurityRule.ContainerRefusals(null, null, PodSecurityLevel.Privileged));
    }

    private static Emission Run(AppDefinition app, ClusterConventions conventions) =>
        ManifestPipeline.Run(new AppRegistry(
            new[] { new AppEntry(() => app, app.GetType().FullName!, InProcessPipeline.Marked("record WithSidecar")) },
            () => conventions));

    private sealed record WithSidecar(bool Hardened) : OpenCodeWorkspace("sidecar", GitHub.Repository("ORG", "repo"), "sidecar") //@record WithSidecar
    {
        protected override void Customize(OpenCodeApp app)
        {
            if (Hardened)
            {
                var sidecar = app.Controller.InitContainer("sidecar", Sidecar);
                sidecar.SecurityContext = new V1SecurityContext
                {
                    AllowPrivilegeEscalation = false,
                    ReadOnlyRootFilesystem = true,
                    Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" } },
                };
            }
            else
            {
                app.Controller.InitContainer("sidecar", Sidecar); //@bare-sidecar
            }
        }
    }
}
