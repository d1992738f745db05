using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>The ExternalSecret maps the workspace's Doppler keys (&lt;PREFIX&gt;_GITHUB_PAT, _PASSWORD, _COPILOT_AUTH_JSON).</summary>
public sealed class ExternalSecretFactTests
{
    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_external_secret_maps_the_prefixed_store_keys(string ws)
    {
        var prefix = ws.ToUpperInvariant().Replace('-', '_');
        var externalSecret = Assert.Single(Emitted.App(ws).ExternalSecrets);
        Assert.Equal($"{ws}-secrets", externalSecret.Name);
        Assert.Equal($"{ws}-secrets", externalSecret.Spec.Target.Name);
        Assert.Equal("ClusterSecretStore", externalSecret.Spec.SecretStoreRef.Kind);
        Assert.Equal("doppler-secrets", externalSecret.Spec.SecretStoreRef.Name);
        var map = externalSecret.Spec.Data!.ToDictionary(d => d.SecretKey, d => d.RemoteRef.Key);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["GITHUB_PAT"] = prefix + "_GITHUB_PAT",
                ["PASSWORD"] = prefix + "_PASSWORD",
                ["COPILOT_AUTH_JSON"] = prefix + "_COPILOT_AUTH_JSON",
            },
            map);
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void Every_secret_key_the_release_uses_is_produced_by_the_external_secret(string ws)
    {
        var produced = Emitted.App(ws).ExternalSecrets.SelectMany(e => e.Spec.Data!.Select(d => (e.Spec.Target.Name, d.SecretKey))).ToHashSet();
        var values = Emitted.Values(ws);
        foreach (var (id, container) in Emitted.AllContainers(ws))
        {
            foreach (var (name, value) in Emitted.Env(container))
            {
                if (value is EnvVarMapValue.EnvVarSourceRefEntry { SecretKeyRef: { } keyRef })
                {
                    Assert.True(produced.Contains((keyRef.Name!, keyRef.Key)), $"{id}: {name} reads {keyRef.Name}/{keyRef.Key}, which nothing produces");
                }
            }
        }

        foreach (var secret in values.Persistence!.Values.OfType<PersistenceItem.Secret>())
        {
            foreach (var item in secret.Items!)
            {
                Assert.True(produced.Contains((secret.Name!, item.Key)), $"secret volume reads {secret.Name}/{item.Key}, which nothing produces");
            }
        }
    }
}
