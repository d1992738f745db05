using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM2037 between routes that really compete for a request: one host on one gateway listener, both routes taking
/// every request. The same host on another gateway (split-horizon DNS), on another listener of the gateway, or
/// behind a path match shares nothing and passes; hosts are compared as app-template renders them, so
/// <c>{{ .Release.Name }}</c> is each app's own name.
/// </summary>
public sealed class HostnameSharingTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/web", Tag = "1.2.3" };

    private static readonly GatewayReference Internal = new("envoy-internal", "network", "https") { IsPublic = false };

    private static readonly ClusterConventions Cluster = new OpenCode.Workspaces.SeedClusterConventions() with
    {
        OtherGateways = new[] { Internal },
        OtherDomains = new[] { "example.com" },
    };

    private static string Runtime(string value) => new(value.ToCharArray());

    [Theory]
    [InlineData("on-another-gateway")]
    [InlineData("on-another-listener")]
    [InlineData("behind-a-path-match")]
    [InlineData("first-behind-a-path-match")]
    public void The_same_host_on_another_listener_or_behind_a_path_match_passes(string second)
    {
        ReportedAt.Nothing(Run((new Web(second), InProcessPipeline.Marked("record Web"))), second);
    }

    [Fact]
    public void Negative_control_the_same_host_on_the_same_listener_both_taking_every_request_is_OCM2037_at_the_second_route()
    {
        var emission = Run((new Web("on-the-same-listener"), InProcessPipeline.Marked("record Web")));
        ReportedAt.Line(emission, "OCM2037", InProcessPipeline.Marked("on-the-same-listener"), "same listener");
    }

    [Fact]
    public void Two_apps_with_a_host_templated_by_the_release_name_are_not_a_clash()
    {
        var declaredAt = InProcessPipeline.Marked("record Site");
        var emission = Run((new Site("alpha", "{{ .Release.Name }}.example.com"), declaredAt), (new Site("beta", "{{ .Release.Name }}.example.com"), declaredAt));
        ReportedAt.Nothing(emission, "{{ .Release.Name }} twice");
    }

    [Theory]
    [InlineData("shared.example.com", "shared.example.com")]
    [InlineData("{{ .Release.Name }}.example.com", "alpha.example.com")]
    public void Negative_control_two_apps_serving_the_same_rendered_host_are_OCM2037_at_the_second_apps_route(string alphaHost, string betaHost)
    {
        var declaredAt = InProcessPipeline.Marked("record Site");
        var emission = Run((new Site("alpha", alphaHost), declaredAt), (new Site("beta", betaHost), declaredAt));
        ReportedAt.Line(emission, "OCM2037", InProcessPipeline.Marked("site-route"), $"{alphaHost} and {betaHost}");
        var clash = Assert.Single(emission.Diagnostics, d => d.Id == "OCM2037");
        Assert.Contains($"of app 'beta' answers for '{betaHost}'", clash.Message, System.StringComparison.Ordinal);
    }

    private static Pipeline.Emission Run(params (AppDefinition App, Diagnostics.SourceLocation DeclaredAt)[] apps) => InProcessPipeline.RunOn(Cluster, apps);

    /// <summary>
    /// A web app with a route for <c>web.${SECRET_DOMAIN}</c> on the public gateway's https listener, and a second
    /// route for the same host as <paramref name="Second"/> says.
    /// </summary>
    private sealed record Web(string Second) : AppTemplateApp("web", "default") //@record Web
    {
        protected override void Compose(AppBuilder app)
        {
            var main = app.Controller("web");
            main.Container("app", Image).Admitted();
            var service = app.Service("web", main, 8080);
            var host = new[] { "web.${SECRET_DOMAIN}" };
            var external = app.Conventions.Gateway;
            app.Builder.Route("public", service, external, host);
            switch (Second)
            {
                case "on-the-same-listener":
                    app.Builder.Route("again", service, external, host); //@on-the-same-listener
                    break;
                case "on-another-gateway":
                    app.Builder.Route("internal", service, Internal, host);
                    break;
                case "on-another-listener":
                    app.Builder.Route("plain", service, external with { SectionName = "http" }, host);
                    break;
                case "behind-a-path-match":
                    app.Builder.Route("api", service, external, host);
                    app.Builder.Customize(v => v with { Route = MatchingPath(v, "api", "/api") });
                    break;
                case "first-behind-a-path-match":
                    app.Builder.Route("again", service, external, host);
                    app.Builder.Customize(v => v with { Route = MatchingPath(v, "public", "/admin") });
                    break;
            }
        }

        /// <summary>The routes, with route <paramref name="id"/>'s rules matching only requests under <paramref name="prefix"/>.</summary>
        private static Dictionary<string, Route> MatchingPath(AppTemplateValues values, string id, string prefix) => new(values.Route!)
        {
            [id] = values.Route![id] with
            {
                Rules = values.Route[id].Rules!.Select(rule => rule with
                {
                    Matches = new List<RouteMatch> { new RouteMatch.HttpRouteMatch { Path = new GatewayPathMatch { Type = GatewayPathMatchType.PathPrefix, Value = prefix } } },
                }).ToList(),
            },
        };
    }

    /// <summary>An app named <paramref name="N"/> with one route for <paramref name="Host"/>.</summary>
    private sealed record Site(string N, string Host) : AppTemplateApp(N, "default") //@record Site
    {
        protected override void Compose(AppBuilder app)
        {
            var main = app.Controller("site");
            main.Container("app", Image).Admitted();
            var service = app.Service("site", main, 8080);
            app.Builder.Route("site", service, app.Conventions.Gateway, new[] { Runtime(Host) }); //@site-route
        }
    }
}
