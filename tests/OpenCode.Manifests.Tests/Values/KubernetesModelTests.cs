using System.Collections.Generic;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;
using Xunit;

namespace OpenCode.Manifests.Tests.Values;

public sealed class KubernetesModelTests
{
    [Fact]
    public void A_probe_with_a_tcp_socket_port_round_trips()
    {
        var written = YamlAssert.RoundTrips<V1Probe>("tcpSocket:\n  port: 8080\ninitialDelaySeconds: 5\nfailureThreshold: 3\n");

        // Keys come out in the schema's order (alphabetical for Kubernetes types, as client libraries order them).
        Assert.Equal("---\nfailureThreshold: 3\ninitialDelaySeconds: 5\ntcpSocket:\n  port: 8080\n", written);
    }

    [Theory]
    [InlineData("port: http\n", "---\nport: http\n")]
    [InlineData("port: 8080\n", "---\nport: 8080\n")]
    [InlineData("port: \"8080\"\n", "---\nport: \"8080\"\n")]
    public void IntOrString_ports_keep_their_form(string yaml, string expected)
    {
        var action = ValuesYaml.Deserialize<V1TCPSocketAction>(yaml);

        Assert.Equal(expected, YamlRenderer.Render(action));
    }

    [Fact]
    public void IntOrString_built_in_code_keeps_the_form_it_was_given()
    {
        Assert.Equal("---\nport: 80\n", YamlRenderer.Render(new V1TCPSocketAction { Port = 80 }));
        Assert.Equal("---\nport: web\n", YamlRenderer.Render(new V1TCPSocketAction { Port = "web" }));
        Assert.Equal("---\nport: \"80\"\n", YamlRenderer.Render(new V1TCPSocketAction { Port = "80" }));
    }

    [Fact]
    public void Resource_quantities_keep_their_spelling()
    {
        var yaml = "limits:\n  memory: 1Gi\nrequests:\n  cpu: 0.5\n  memory: \"512Mi\"\n";
        var resources = ValuesYaml.Deserialize<V1ResourceRequirements>(yaml);

        Assert.Equal(0.5m, resources.Requests!["cpu"].ToDecimal());
        Assert.Equal("---\nlimits:\n  memory: 1Gi\nrequests:\n  cpu: 0.5\n  memory: 512Mi\n", YamlRenderer.Render(resources));
        YamlAssert.SemanticallyEqual(yaml, YamlRenderer.Render(resources));
    }

    [Fact]
    public void Quantities_built_in_code_are_written_canonically()
    {
        var resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("2"), ["memory"] = new("256Mi") } };

        Assert.Equal("---\nlimits:\n  cpu: 2\n  memory: 256Mi\n", YamlRenderer.Render(resources));
    }

    [Fact]
    public void A_security_context_round_trips()
    {
        YamlAssert.RoundTrips<V1SecurityContext>(
            "runAsUser: 1000\nrunAsNonRoot: true\ncapabilities:\n  drop: [ALL]\n  add: [NET_BIND_SERVICE]\nseccompProfile: {type: RuntimeDefault}\n");
    }

    [Fact]
    public void Unknown_keys_on_Kubernetes_models_are_errors()
    {
        var error = YamlAssert.Fails<V1SecurityContext>("runAsUser: 1000\nrunAsUsr: 1\n");

        Assert.Equal("runAsUsr", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("unknown key 'runAsUsr' for V1SecurityContext", error.Message);
    }
}
