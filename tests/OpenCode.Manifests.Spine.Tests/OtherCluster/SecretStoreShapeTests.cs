using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.OtherCluster;

/// <summary>
/// Issue #17 item 2: the ExternalSecret follows the store's shape (flat keys, an item per app with fields, a path per
/// app with properties), and every shape's ExternalSecret validates against the External Secrets CRD.
/// </summary>
public sealed class SecretStoreShapeTests
{
    public static TheoryData<string> Shapes => new() { "flat", "item", "path" };

    private static SecretStoreShape ShapeOf(string name) => name switch
    {
        "flat" => SecretStoreShape.FlatKeys,
        "item" => SecretStoreShape.ItemPerApp,
        _ => SecretStoreShape.PathPerApp("secret/opencode"),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_remote_refs_follow_the_shape_and_validate_against_the_CRD(string shape)
    {
        var emission = OtherClusterEmission.Run(OtherClusterEmission.Conventions(ShapeOf(shape)), new LabWorkspace());
        var secrets = OtherClusterEmission.Objects(emission, "opencode-lab/app/externalsecret.yaml");
        foreach (var es in secrets)
        {
            var errors = UpstreamSchemas.AppTemplate4.ValidateObject(es);
            Assert.True(errors.Count == 0, $"{shape}: the CRD rejects the ExternalSecret:\n" + string.Join("\n", errors));
        }

        var password = secrets[0]["spec"]!["data"]!.AsArray().Single(d => d!["secretKey"]!.GetValue<string>() == "PASSWORD")!["remoteRef"]!.AsObject();
        var (key, property) = (password["key"]!.GetValue<string>(), password["property"]?.GetValue<string>());
        switch (shape)
        {
            case "flat":
                Assert.Equal(("OPENCODE_LAB_PASSWORD", (string?)null), (key, property));
                break;
            case "item":
                Assert.Equal(("opencode-lab", (string?)"PASSWORD"), (key, property));
                break;
            default:
                Assert.Equal(("secret/opencode/opencode-lab", (string?)"PASSWORD"), (key, property));
                break;
        }
    }

    [Fact]
    public void Negative_control_the_CRD_rejects_a_remote_ref_without_its_key()
    {
        var emission = OtherClusterEmission.Run(OtherClusterEmission.Conventions(SecretStoreShape.ItemPerApp), new LabWorkspace());
        var es = OtherClusterEmission.Objects(emission, "opencode-lab/app/externalsecret.yaml")[0];
        es["spec"]!["data"]![0]!["remoteRef"]!.AsObject().Remove("key");
        Assert.NotEmpty(UpstreamSchemas.AppTemplate4.ValidateObject(es));
    }
}
