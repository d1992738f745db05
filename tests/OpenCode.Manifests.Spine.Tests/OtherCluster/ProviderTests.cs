using System;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.OtherCluster;

/// <summary>
/// Issue #17 item 3: the Copilot seed is optional, API keys reach the server from secret keys, and an optional key
/// lives in an ExternalSecret of its own (External Secrets fails a whole Secret when one key is missing), referenced
/// with <c>optional: true</c> so the pod starts without it.
/// </summary>
public sealed class ProviderTests
{
    private static readonly ClusterConventions OnePassword = OtherClusterEmission.Conventions(SecretStoreShape.ItemPerApp);

    [Fact]
    public void An_optional_Copilot_seed_has_its_own_ExternalSecret_and_an_optional_volume()
    {
        var emission = OtherClusterEmission.Run(OnePassword, new LabWorkspace(new[] { ModelProvider.Anthropic, ModelProvider.CopilotAuthSeed.AsOptional() }));
        var secrets = OtherClusterEmission.Objects(emission, "opencode-lab/app/externalsecret.yaml");
        Assert.Equal(new[] { "opencode-lab-secrets", "opencode-lab-copilot" }, secrets.Select(s => s["metadata"]!["name"]!.GetValue<string>()));
        Assert.Equal(new[] { "GITHUB_PAT", "PASSWORD", "ANTHROPIC_API_KEY" }, Keys(secrets[0]));
        Assert.Equal(new[] { "COPILOT_AUTH_JSON" }, Keys(secrets[1]));

        var values = OtherClusterEmission.Objects(emission, "opencode-lab/app/helmrelease.yaml")[0]["spec"]!["values"]!;
        Assert.Empty(UpstreamSchemas.AppTemplate4.ValidateValues(values));
        var server = values["controllers"]!["opencode-lab"]!["containers"]!["app"]!;
        var anthropic = server["env"]!["ANTHROPIC_API_KEY"]!["secretKeyRef"]!;
        Assert.Equal("opencode-lab-secrets", anthropic["name"]!.GetValue<string>());
        Assert.Null(anthropic["optional"]);

        var seedVolume = values["persistence"]!["copilot-seed"]!;
        Assert.Equal("custom", seedVolume["type"]!.GetValue<string>());
        Assert.True(seedVolume["volumeSpec"]!["secret"]!["optional"]!.GetValue<bool>());
        Assert.Equal("opencode-lab-copilot", seedVolume["volumeSpec"]!["secret"]!["secretName"]!.GetValue<string>());
        // The required secret volume no longer projects the seed (a missing key would stop the pod).
        var items = values["persistence"]!["secrets"]!["items"]!.AsArray().Select(i => i!["key"]!.GetValue<string>());
        Assert.Equal(new[] { "GITHUB_PAT" }, items);
        var seedFile = values["controllers"]!["opencode-lab"]!["initContainers"]!["git-sync"]!["env"]!["AUTH_SEED_FILE"]!.GetValue<string>();
        Assert.StartsWith(WorkspaceLayout.OptionalSecretsMount + "/", seedFile, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_API_key_is_an_optional_env_reference_to_its_own_Secret()
    {
        var emission = OtherClusterEmission.Run(OnePassword, new LabWorkspace(new[] { ModelProvider.OpenRouter.AsOptional() }));
        var secrets = OtherClusterEmission.Objects(emission, "opencode-lab/app/externalsecret.yaml");
        Assert.Equal(new[] { "GITHUB_PAT", "PASSWORD" }, Keys(secrets[0]));
        Assert.Equal(new[] { "OPENROUTER_API_KEY" }, Keys(secrets[1]));
        var env = OtherClusterEmission.Objects(emission, "opencode-lab/app/helmrelease.yaml")[0]["spec"]!["values"]!["controllers"]!["opencode-lab"]!["containers"]!["app"]!["env"]!;
        Assert.True(env["OPENROUTER_API_KEY"]!["secretKeyRef"]!["optional"]!.GetValue<bool>());
        Assert.Equal("opencode-lab-openrouter", env["OPENROUTER_API_KEY"]!["secretKeyRef"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Without_providers_no_seed_is_declared()
    {
        var emission = OtherClusterEmission.Run(OnePassword, new LabWorkspace(Array.Empty<ModelProvider>()));
        var secrets = OtherClusterEmission.Objects(emission, "opencode-lab/app/externalsecret.yaml");
        Assert.Equal(new[] { "GITHUB_PAT", "PASSWORD" }, Keys(Assert.Single(secrets)));
        Assert.DoesNotContain("COPILOT", OtherClusterEmission.Text(emission), StringComparison.Ordinal);
    }

    private static string[] Keys(JsonObject externalSecret) =>
        externalSecret["spec"]!["data"]!.AsArray().Select(d => d!["secretKey"]!.GetValue<string>()).ToArray();
}
