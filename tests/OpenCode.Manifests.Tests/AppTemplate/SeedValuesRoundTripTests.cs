using System.Linq;
using OpenCode.Manifests.AppTemplate;
using Xunit;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// The seed HelmRelease (the original hand-written OpenCode deployment, <c>Seed/opencode-helmrelease.yaml</c>):
/// its values read into <see cref="AppTemplateValues"/> and write back with the same meaning, strictly.
/// </summary>
public sealed class SeedValuesRoundTripTests
{
    [Fact]
    public void Seed_values_round_trip_strictly_and_read_as_typed_values()
    {
        var release = Assert.Single(HelmReleaseDocuments.FindAppTemplateReleasesInFile(AppTemplateRoundTrip.SeedFile));

        var values = AppTemplateRoundTrip.AssertRoundTrips(release.Values, "seed");

        var controller = values.Controllers!["opencode"];
        var app = controller.Containers!["app"];
        var env = Assert.IsType<EnvVars.EnvVarMap>(app.Env).Value;
        var password = Assert.IsType<EnvVarMapValue.EnvVarValueFromEntry>(env["OPENCODE_PASSWORD"]);
        Assert.Equal("opencode-secrets", password!.ValueFrom.SecretKeyRef!.Name);
        Assert.Equal("PASSWORD", password.ValueFrom.SecretKeyRef.Key);
        Assert.Equal(["opencode", "web", "--hostname", "0.0.0.0", "--port", "4096"], app.Command!.Values);
        // The alias (*probe) is read as a copy of the anchored liveness probe.
        Assert.Equal("/global/health", app.Probes!.Readiness!.Spec!.HttpGet!.Path);
        Assert.Equal(4096, app.Probes.Liveness!.Spec!.HttpGet!.Port.IntegerValue);

        var data = Assert.IsType<PersistenceItem.ExistingClaim>(values.Persistence!["data"]);
        Assert.Equal("opencode", data.ExistingClaimValue);
        Assert.Equal(["/root/.local/share/opencode", "/workspace"], data.AdvancedMounts!["opencode"]["app"].Select(mount => mount.Path));
        Assert.Equal("/workspace", data.AdvancedMounts["opencode"]["git-clone"].Single().Path);

        var secrets = Assert.IsType<PersistenceItem.Secret>(values.Persistence["secrets"]);
        Assert.Equal(256L, secrets.DefaultMode!.Value.Value); // 0400 octal, written in decimal
        Assert.Equal(4096L, values.Service!["app"].Ports!["http"].Port!.Value.IntegerValue);
        Assert.Equal("opencode.${SECRET_DOMAIN}", values.Route!["app"].Hostnames!.Single());
    }
}
