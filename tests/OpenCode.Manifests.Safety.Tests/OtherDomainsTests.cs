using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM2022 and the conventions' <c>OtherDomains</c>: a route host under a domain the conventions list besides the
/// domain variable passes (its labels still checked, a <c>{{ .Release.Name }}</c> label included, which app-template
/// renders); a host under a domain they do not list is reported at the route's line.
/// </summary>
public sealed class OtherDomainsTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/docs", Tag = "1.2.3" };

    private static readonly ClusterConventions ListingExampleCom = new OpenCode.Workspaces.SeedClusterConventions() with { OtherDomains = new[] { "example.com" } };

    private static string Runtime(string value) => new(value.ToCharArray());

    [Theory]
    [InlineData("docs.example.com")]
    [InlineData("docs.eu.example.com")]
    [InlineData("{{ .Release.Name }}.example.com")]
    [InlineData("docs.${SECRET_DOMAIN}")]
    public void A_host_under_a_listed_domain_or_the_domain_variable_passes(string host)
    {
        ReportedAt.Nothing(Run(new Docs(host), ListingExampleCom), host);
    }

    [Theory]
    [InlineData("docs.example.org")]
    [InlineData("docs.notexample.com")]
    [InlineData("{{ .Release.Name }}.example.org")]
    [InlineData("Docs_Site.example.com")]
    public void Negative_control_a_host_under_an_unlisted_domain_or_with_bad_labels_is_OCM2022_at_the_route(string host)
    {
        ReportedAt.Line(Run(new Docs(host), ListingExampleCom), "OCM2022", InProcessPipeline.Marked("route"), host);
    }

    [Theory]
    [InlineData("docs.example.com")]
    [InlineData("{{ .Release.Name }}.example.com")]
    public void Negative_control_without_OtherDomains_the_same_host_is_OCM2022_at_the_route(string host)
    {
        ReportedAt.Line(Run(new Docs(host), new OpenCode.Workspaces.SeedClusterConventions()), "OCM2022", InProcessPipeline.Marked("route"), host + ", nothing listed");
    }

    private static Pipeline.Emission Run(Docs app, ClusterConventions conventions) =>
        InProcessPipeline.RunOn(conventions, (app, InProcessPipeline.Marked("record Docs")));

    /// <summary>One web server behind one route for <paramref name="Host"/> (a value the analyzer does not see).</summary>
    private sealed record Docs(string Host) : AppTemplateApp("docs", "default") //@record Docs
    {
        protected override void Compose(AppBuilder app)
        {
            var web = app.Controller("docs");
            web.Container("app", Image).Admitted();
            var service = app.Service("docs", web, 8080);
            app.Builder.Route("docs", service, app.Conventions.Gateway, new[] { Runtime(Host) }); //@route
        }
    }
}
