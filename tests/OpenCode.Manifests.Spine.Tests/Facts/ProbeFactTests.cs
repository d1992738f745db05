using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: <c>/global/health</c> needs Basic auth once a password is set. We emit tcpSocket probes.
/// </summary>
public sealed class ProbeFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_server_has_tcpSocket_probes_only(string ws)
    {
        var probes = Emitted.Server(ws).Probes!;
        foreach (var (kind, probe) in new[] { ("liveness", probes.Liveness), ("readiness", probes.Readiness), ("startup", probes.Startup) })
        {
            Assert.True(probe is not null, $"no {kind} probe");
            Assert.True(probe!.Enabled == true && probe.Custom == true, $"{kind} is not an enabled custom probe");
            Assert.NotNull(probe.Spec?.TcpSocket);
            Assert.Equal(4096, probe.Spec!.TcpSocket!.Port.IntegerValue);
            Assert.Null(probe.Spec.HttpGet);
            Assert.Null(probe.Spec.Exec);
            Assert.Null(probe.Spec.Grpc);
        }
    }

    [Fact]
    public void No_emitted_file_has_an_httpGet_probe()
    {
        foreach (var file in Emitted.Emission.Files)
        {
            Assert.DoesNotContain("httpGet", System.Text.Encoding.UTF8.GetString(file.Content.Span), System.StringComparison.Ordinal);
        }
    }
}
