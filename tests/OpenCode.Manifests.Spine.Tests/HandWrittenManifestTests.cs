using System;
using System.IO;
using OpenCode.Manifests.Cli;
using OpenCode.Manifests.Generated;
using OpenCode.Manifests.Pipeline;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// Issue 16 item 4: a manifest placed by hand in an app folder is deployed with the app (its generated
/// <c>kustomization.yaml</c> lists it), is never rewritten, and check mode agrees with the build about it.
/// </summary>
public sealed class HandWrittenManifestTests : IDisposable
{
    private const string AppFolder = "kubernetes/apps/opencode/opencode-ha/app";
    private const string ConfigMap = "---\n# placed by hand: not generated\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: opencode-ha-extra\ndata:\n  a: b\n";

    private readonly string root = Path.Combine(Path.GetTempPath(), "ocm-hand-written-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_hand_written_manifest_is_listed_after_the_generated_ones_and_left_as_it_is()
    {
        Assert.Equal(0, Emit());
        Assert.DoesNotContain("configmap.yaml", Kustomization(), StringComparison.Ordinal); // negative control: not there yet

        var file = Path.Combine(root, AppFolder, "configmap.yaml");
        File.WriteAllText(file, ConfigMap);
        File.WriteAllText(Path.Combine(root, AppFolder, "notes.txt"), "not a manifest");
        Assert.Equal(ManifestsProgram.Drift, Emit("--check")); // the kustomization does not list it yet
        Assert.Equal(0, Emit());

        Assert.Contains("  - ./ocirepository.yaml\n  - ../../../../templates/volsync\n  - ./configmap.yaml\n", Kustomization(), StringComparison.Ordinal);
        Assert.DoesNotContain("notes.txt", Kustomization(), StringComparison.Ordinal);
        Assert.Equal(ConfigMap, File.ReadAllText(file));
        Assert.Equal(0, Emit("--check"));

        // Only the app's own kustomization lists it.
        Assert.DoesNotContain("configmap.yaml", File.ReadAllText(Path.Combine(root, "kubernetes/apps/opencode/opencode-flux/app/kustomization.yaml")), StringComparison.Ordinal);

        File.Delete(file);
        Assert.Equal(0, Emit());
        Assert.DoesNotContain("configmap.yaml", Kustomization(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_generated_file_is_pruned_not_listed()
    {
        Assert.Equal(0, Emit());
        var stale = Path.Combine(root, AppFolder, "pvc.yaml");
        File.WriteAllText(stale, "---\n" + GeneratedFileMarker.Line + "\nkind: PersistentVolumeClaim\n");
        Assert.Equal(0, Emit());
        Assert.False(File.Exists(stale));
        Assert.DoesNotContain("pvc.yaml", Kustomization(), StringComparison.Ordinal);
    }

    private string Kustomization() => File.ReadAllText(Path.Combine(root, AppFolder, "kustomization.yaml"));

    private int Emit(params string[] extra)
    {
        var args = new[] { "emit", "--root", root };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ManifestsProgram.Run([.. args, .. extra], GeneratedAppRegistry.Create(), output, error);
        return exit;
    }
}
