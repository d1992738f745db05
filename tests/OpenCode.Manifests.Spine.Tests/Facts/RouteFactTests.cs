using System.Linq;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: Envoy applies a 15 s whole-response timeout, but OpenCode streams events over SSE and terminals over
/// WebSocket. We emit rule <c>timeouts.request: 0s</c> and <c>appProtocol: kubernetes.io/ws</c>.
/// </summary>
public sealed class RouteFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void Every_route_rule_disables_the_request_timeout(string ws)
    {
        var routes = Emitted.Values(ws).Route!;
        Assert.NotEmpty(routes);
        foreach (var rule in routes.Values.SelectMany(r => r.Rules!))
        {
            Assert.Equal("0s", rule.Timeouts?.Request);
        }

        var doc = Yaml.Documents(Emitted.Text(Emitted.AppFolder(ws) + "/helmrelease.yaml")).Single();
        Assert.Equal("0s", Yaml.Scalar(doc, "spec", "values", "route", "app", "rules", 0, "timeouts", "request").Value);
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_routed_service_port_speaks_websocket(string ws)
    {
        var values = Emitted.Values(ws);
        foreach (var backend in values.Route!.Values.SelectMany(r => r.Rules!).SelectMany(r => r.BackendRefs!))
        {
            var service = values.Service![backend.Identifier!];
            Assert.Equal(ws, service.Controller);
            var port = Assert.Single(service.Ports!.Values);
            Assert.Equal("kubernetes.io/ws", port.AppProtocol);
        }

        var doc = Yaml.Documents(Emitted.Text(Emitted.AppFolder(ws) + "/helmrelease.yaml")).Single();
        Assert.Equal("kubernetes.io/ws", Yaml.Scalar(doc, "spec", "values", "service", "app", "ports", "http", "appProtocol").Value);
    }
}
