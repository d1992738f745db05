using System;
using System.Linq;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Pipeline;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.OtherCluster;

/// <summary>
/// Issue #17 item 1: a workspace picks its gateway and listener; the conventions say which gateways are public; the
/// password rule (OCM2016) holds on every route, internal ones included; a route on a gateway the conventions do not
/// name is OCM2061 at its line.
/// </summary>
public sealed class GatewayTests
{
    internal static readonly GatewayReference Internal = new("internal", "gateway-system", "https-internal") { IsPublic = false };
    internal static readonly GatewayReference Public = new("external", "gateway-system", "https") { IsPublic = true };

    private static ClusterConventions TwoGateways =>
        OtherClusterEmission.Conventions(SecretStoreShape.ItemPerApp) with { Gateway = Internal, OtherGateways = new[] { Public } };

    [Fact]
    public void Each_workspace_attaches_to_its_own_gateway_and_section()
    {
        var emission = OtherClusterEmission.Run(TwoGateways, new LabWorkspace(), new PublicLab());
        string Parent(string app, string key) =>
            OtherClusterEmission.Objects(emission, app + "/app/helmrelease.yaml")[0]["spec"]!["values"]!["route"]!["app"]!["parentRefs"]![0]![key]!.GetValue<string>();
        Assert.Equal(("internal", "https-internal"), (Parent("opencode-lab", "name"), Parent("opencode-lab", "sectionName")));
        Assert.Equal(("external", "https-lan"), (Parent("opencode-pub", "name"), Parent("opencode-pub", "sectionName")));
    }

    [Fact]
    public void An_internal_route_without_the_password_is_still_OCM2016()
    {
        var emission = ManifestPipeline.Run(new AppRegistry(new[] { new AppEntry(() => new NoPassword(), nameof(NoPassword), new SourceLocation("Lab.cs", 1)) }, () => TwoGateways));
        var error = Assert.Single(emission.Diagnostics, d => d.Id == DiagnosticCatalog.PublicServerWithoutPassword.Id);
        Assert.Contains("internal gateway 'internal'", error.Message, StringComparison.Ordinal);
        Assert.Empty(emission.Files);
    }

    [Fact]
    public void A_gateway_the_conventions_do_not_name_is_OCM2061_at_the_line_that_set_it()
    {
        var emission = ManifestPipeline.Run(new AppRegistry(new[] { new AppEntry(() => new UnknownGateway(), nameof(UnknownGateway), new SourceLocation("Lab.cs", 1)) }, () => TwoGateways));
        var error = Assert.Single(emission.Diagnostics, d => d.Id == DiagnosticCatalog.UnknownGateway.Id);
        Assert.Equal(MarkedLine("//@unknown-gateway"), error.Location.Line);
        Assert.EndsWith("GatewayTests.cs", error.Location.FilePath, StringComparison.Ordinal);
        // Negative control: the same workspace on a known gateway builds.
        Assert.DoesNotContain(OtherClusterEmission.Run(TwoGateways, new LabWorkspace()).Diagnostics, d => d.Id == DiagnosticCatalog.UnknownGateway.Id);
    }

    private static int MarkedLine(string marker, [System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Array.FindIndex(System.IO.File.ReadAllLines(file), line => line.EndsWith(marker, StringComparison.Ordinal)) + 1;

    private sealed record PublicLab() : OpenCodeWorkspace("opencode-pub", GitHub.Repository("ORG", "pub"), "pub.opencode")
    {
        protected override void Customize(OpenCodeApp app) => app.Route.Gateway = Public with { SectionName = "https-lan" };
    }

    private sealed record NoPassword() : OpenCodeWorkspace("opencode-nopw", GitHub.Repository("ORG", "nopw"), "nopw.opencode")
    {
        protected override void Customize(OpenCodeApp app) => app.Server.SetEnv(OpenCodeServerCommand.PasswordVariable, "literal");
    }

    private sealed record UnknownGateway() : OpenCodeWorkspace("opencode-unknown", GitHub.Repository("ORG", "unknown"), "unknown.opencode")
    {
        protected override void Customize(OpenCodeApp app) => app.Builder.Customize(values => values with { Route = values.Route!.ToDictionary(r => r.Key, r => r.Value with { ParentRefs = new() { new() { Name = "internl", Namespace = "gateway-system" } } }) }); //@unknown-gateway
    }
}
