using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// Clashes OCM2037 must still see after it learned to let real releases share hosts: two catch-all routes where
/// "catch-all" is written <c>PathPrefix /</c>, a parentRef without sectionName (every listener of the gateway), and
/// two apps whose HelmReleases Flux gives the same release name; and an apex host of a served domain is not OCM2022.
/// </summary>
public sealed class HostnameClashEdgeTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/web", Tag = "1.2.3" };
    private static readonly ClusterConventions Cluster = new OpenCode.Workspaces.SeedClusterConventions() with { OtherDomains = new[] { "example.com" } };

    [Theory]
    [InlineData("both-prefix-slash")]
    [InlineData("listener-unnamed")]
    public void Two_catch_all_routes_on_one_listener_are_OCM2037_even_with_PathPrefix_slash_or_no_sectionName(string which)
    {
        var emission = InProcessPipeline.RunOn(Cluster, (new Web(which), InProcessPipeline.Marked("record Web")));
        ReportedAt.Line(emission, "OCM2037", InProcessPipeline.Marked("second"), which);
    }

    [Fact]
    public void Two_apps_whose_releaseName_is_the_same_render_the_same_host()
    {
        var at = InProcessPipeline.Marked("record Site");
        var emission = InProcessPipeline.RunOn(Cluster, (new Site("alpha"), at), (new Site("beta"), at));
        ReportedAt.Line(emission, "OCM2037", InProcessPipeline.Marked("site-route"), "releaseName");
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("${SECRET_DOMAIN}")]
    public void An_apex_host_of_a_listed_domain_or_the_domain_variable_is_served(string host)
    {
        var emission = InProcessPipeline.RunOn(Cluster, (new Apex(host), InProcessPipeline.Marked("record Apex")));
        ReportedAt.Nothing(emission, host);
    }

    private sealed record Apex(string Host) : AppTemplateApp("apex", "default") //@record Apex
    {
        protected override void Compose(AppBuilder app)
        {
            var main = app.Controller("site");
            main.Container("app", Image).Admitted();
            var service = app.Service("site", main, 8080);
            app.Builder.Route("site", service, app.Conventions.Gateway, new[] { Host });
        }
    }

    private sealed record Web(string Which) : AppTemplateApp("web", "default") //@record Web
    {
        protected override void Compose(AppBuilder app)
        {
            var main = app.Controller("web");
            main.Container("app", Image).Admitted();
            var service = app.Service("web", main, 8080);
            var host = new[] { "web.${SECRET_DOMAIN}" };
            app.Builder.Route("public", service, app.Conventions.Gateway, host);
            app.Builder.Route("again", service, app.Conventions.Gateway, host); //@second
            if (Which == "both-prefix-slash")
            {
                app.Builder.Customize(v => v with { Route = v.Route!.ToDictionary(r => r.Key, r => r.Value with { Rules = r.Value.Rules!.Select(x => x with { Matches = new List<RouteMatch> { new RouteMatch.HttpRouteMatch { Path = new GatewayPathMatch { Type = GatewayPathMatchType.PathPrefix, Value = "/" } } } }).ToList() }) });
            }
            else
            {
                app.Builder.Customize(v => v with { Route = new Dictionary<string, Route>(v.Route!) { ["public"] = v.Route!["public"] with { ParentRefs = v.Route["public"].ParentRefs!.Select(p => p with { SectionName = null }).ToList() } } });
            }
        }
    }

    private sealed record Site(string N) : AppTemplateApp(N, "default") //@record Site
    {
        protected override void Compose(AppBuilder app)
        {
            var main = app.Controller("site");
            main.Container("app", Image).Admitted();
            var service = app.Service("site", main, 8080);
            app.Builder.Route("site", service, app.Conventions.Gateway, new[] { "{{ .Release.Name }}.example.com" }); //@site-route
            app.Release(spec => spec with { ReleaseName = "shared" });
        }
    }
}
