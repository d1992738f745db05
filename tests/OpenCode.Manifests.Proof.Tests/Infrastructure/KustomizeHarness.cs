using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Proof.Tests.Infrastructure;

/// <summary>
/// A copy of the emitted tree in a temporary repository layout, with the volsync template fixture at
/// <c>kubernetes/templates/volsync</c> where every app's kustomization points, built with <c>kubectl kustomize</c>.
/// </summary>
internal sealed class KustomizeHarness : IDisposable
{
    /// <summary>
    /// Cluster-wide settings a parent Kustomization patches into every child's <c>substituteFrom</c> in the seed
    /// cluster (DESIGN.md); test values.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ClusterSettings = new Dictionary<string, string>
    {
        ["SECRET_DOMAIN"] = "example.test",
    };

    private readonly TempFolder temp = new("ocm-kustomize");

    public KustomizeHarness()
    {
        Kubectl = Tools.Require("kubectl", "apt-get install kubectl (base image), or the Debian package kubernetes-client");
        DirectoryCopy.Copy(Path.Combine(Repo.Workspaces, "kubernetes"), Path.Combine(temp.Path, "kubernetes"));
        VolSyncTemplateFixture.CopyInto(temp.Path, "kubernetes/templates/volsync");
    }

    public string Kubectl { get; }

    /// <summary>The temporary repository root (Flux's GitRepository root: ks.yaml paths are relative to it).</summary>
    public string Root => temp.Path;

    public string NamespaceFolder => Path.Combine(Root, "kubernetes", "apps", "opencode");

    public string AppFolder(string workspace) => Path.Combine(NamespaceFolder, workspace, "app");

    public ToolRun Build(string folder) => Tools.Run(Kubectl, new[] { "kustomize", folder }, TimeSpan.FromMinutes(2));

    /// <summary>kustomize build, then Flux's substitution with the workspace's postBuild variables, parsed.</summary>
    public IReadOnlyList<JsonObject> BuildAndSubstitute(string workspace, out string substituted)
    {
        var run = Build(AppFolder(workspace));
        Assert.True(run.ExitCode == 0, $"kubectl kustomize {workspace}/app failed:\n{run}");
        var variables = new Dictionary<string, string>(ClusterSettings);
        foreach (var (key, value) in SeedTree.Tree.FluxKustomization(workspace)["spec"]!["postBuild"]!["substitute"]!.AsObject())
        {
            variables[key] = value!.GetValue<string>();
        }

        substituted = FluxSubstitution.Apply(run.Stdout, variables);
        return YamlToJson.DocumentsOfText(substituted).Select(d => Assert.IsType<JsonObject>(YamlToJson.Convert(d))).ToList();
    }

    public void Dispose() => temp.Dispose();
}
