using System;
using System.Linq;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.OtherCluster;

/// <summary>
/// Issue #17 item 4: a plain PersistentVolumeClaim (storage class, size, access mode) in the workspace's folder
/// instead of the VolSync template; the route tuning and the reloader annotation follow the conventions.
/// </summary>
public sealed class StorageAndTuningTests
{
    [Fact]
    public void Without_VolSync_the_workspace_gets_a_plain_claim_in_its_folder()
    {
        var conventions = OtherClusterEmission.Conventions(SecretStoreShape.ItemPerApp);
        var emission = OtherClusterEmission.Run(conventions, new LabWorkspace() { Capacity = "20Gi", Storage = WorkspaceStorage.Claim("longhorn-ssd", "ReadWriteOncePod") });
        var claim = Assert.Single(OtherClusterEmission.Objects(emission, "opencode-lab/app/pvc.yaml"));
        Assert.Empty(UpstreamSchemas.AppTemplate4.ValidateObject(claim));
        Assert.Equal("opencode-lab-data", claim["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal("longhorn-ssd", claim["spec"]!["storageClassName"]!.GetValue<string>());
        Assert.Equal("20Gi", claim["spec"]!["resources"]!["requests"]!["storage"]!.GetValue<string>());
        Assert.Equal("ReadWriteOncePod", claim["spec"]!["accessModes"]![0]!.GetValue<string>());

        var kustomization = OtherClusterEmission.Objects(emission, "opencode-lab/app/kustomization.yaml")[0];
        Assert.Contains("./pvc.yaml", kustomization["resources"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Null(kustomization["components"]);
        var values = OtherClusterEmission.Objects(emission, "opencode-lab/app/helmrelease.yaml")[0]["spec"]!["values"]!;
        Assert.Equal("opencode-lab-data", values["persistence"]!["data"]!["existingClaim"]!.GetValue<string>());
        Assert.DoesNotContain("VOLSYNC", OtherClusterEmission.Text(emission), StringComparison.Ordinal);
    }

    [Fact]
    public void The_class_defaults_to_the_conventions_storage_class()
    {
        var emission = OtherClusterEmission.Run(OtherClusterEmission.Conventions(SecretStoreShape.ItemPerApp), new LabWorkspace());
        var claim = Assert.Single(OtherClusterEmission.Objects(emission, "opencode-lab/app/pvc.yaml"));
        Assert.Equal("longhorn", claim["spec"]!["storageClassName"]!.GetValue<string>());
    }

    [Fact]
    public void Route_tuning_and_reloader_follow_the_conventions()
    {
        var tuned = OtherClusterEmission.Conventions(SecretStoreShape.ItemPerApp) with { ReloaderAnnotation = "reloader.stakater.com/auto" };
        var plain = OtherClusterEmission.Conventions(SecretStoreShape.ItemPerApp) with { StreamingRoutes = StreamingRouteTuning.None };

        var values = OtherClusterEmission.Objects(OtherClusterEmission.Run(tuned, new LabWorkspace()), "opencode-lab/app/helmrelease.yaml")[0]["spec"]!["values"]!;
        Assert.Equal("0s", values["route"]!["app"]!["rules"]![0]!["timeouts"]!["request"]!.GetValue<string>());
        Assert.Equal("kubernetes.io/ws", values["service"]!["app"]!["ports"]!["http"]!["appProtocol"]!.GetValue<string>());
        Assert.Equal("true", values["controllers"]!["opencode-lab"]!["annotations"]!["reloader.stakater.com/auto"]!.GetValue<string>());

        values = OtherClusterEmission.Objects(OtherClusterEmission.Run(plain, new LabWorkspace()), "opencode-lab/app/helmrelease.yaml")[0]["spec"]!["values"]!;
        Assert.Null(values["route"]!["app"]!["rules"]![0]!["timeouts"]);
        Assert.Null(values["service"]!["app"]!["ports"]!["http"]!["appProtocol"]);
        Assert.Null(values["controllers"]!["opencode-lab"]!["annotations"]);
    }
}
