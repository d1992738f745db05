using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: OpenCode 1.x reads only OPENCODE_SERVER_PASSWORD (and OPENCODE_SERVER_USERNAME); started with only
/// OPENCODE_PASSWORD it is unsecured. We emit OPENCODE_SERVER_PASSWORD from the secret.
/// </summary>
public sealed class PasswordFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void Server_password_is_OPENCODE_SERVER_PASSWORD_from_a_secretKeyRef_the_ExternalSecret_produces(string ws)
    {
        var env = Emitted.Env(Emitted.Server(ws));
        var password = Assert.IsType<EnvVarMapValue.EnvVarSourceRefEntry>(env["OPENCODE_SERVER_PASSWORD"]);
        Assert.NotNull(password.SecretKeyRef);
        Assert.Equal($"{ws}-secrets", password.SecretKeyRef!.Name);
        Assert.Equal("PASSWORD", password.SecretKeyRef.Key);

        var externalSecret = Emitted.App(ws).ExternalSecrets.Single(e => e.Spec.Target.Name == password.SecretKeyRef.Name);
        Assert.Contains(externalSecret.Spec.Data!, d => d.SecretKey == password.SecretKeyRef.Key);

        Assert.Equal("opencode", Emitted.Literal(Emitted.Server(ws), "OPENCODE_SERVER_USERNAME"));
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void No_container_sets_OPENCODE_PASSWORD(string ws)
    {
        foreach (var (id, container) in Emitted.AllContainers(ws))
        {
            Assert.False(Emitted.Env(container).ContainsKey("OPENCODE_PASSWORD"), $"container {id} sets OPENCODE_PASSWORD");
        }

        var text = Emitted.Text(Emitted.AppFolder(ws) + "/helmrelease.yaml");
        Assert.DoesNotMatch(new Regex(@"(?<![A-Z_])OPENCODE_PASSWORD\b"), text);
        Assert.Matches(new Regex(@"^ +OPENCODE_SERVER_PASSWORD:\n +secretKeyRef:\n", RegexOptions.Multiline), text);
    }
}
