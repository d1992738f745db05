using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>
/// A consumer's tree built as Flux builds it: <c>kubectl kustomize</c> of a folder, and of the folder a Flux
/// Kustomization names followed by its post-build substitution.
/// </summary>
internal static class FluxBuild
{
    public static string RequireKubectl() =>
        Tools.Require("kubectl", "apt-get install kubectl (base image), or the Debian package kubernetes-client");

    /// <summary>The objects <c>kubectl kustomize</c> builds from <paramref name="folder"/>.</summary>
    public static List<JsonObject> Kustomize(string kubectl, string folder)
    {
        var run = Tools.Run(kubectl, new[] { "kustomize", folder }, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"kubectl kustomize {folder} failed:\n{run}");
        return Objects(run.Stdout);
    }

    /// <summary>
    /// The app folder a Flux Kustomization names, built as kustomize-controller builds it: <c>kustomize build</c> of
    /// <c>spec.path</c> read from the source root, then post-build substitution with <c>spec.postBuild</c>'s variables
    /// (each <c>substituteFrom</c> object must be <paramref name="clusterObject"/>, holding <paramref name="clusterVariables"/>).
    /// </summary>
    public static List<JsonObject> App(string kubectl, string sourceRoot, JsonObject ks, string clusterObject,
        IReadOnlyDictionary<string, string> clusterVariables, Action<string> log)
    {
        var name = ks["metadata"]!["name"]!.GetValue<string>();
        var path = ks["spec"]!["path"]!.GetValue<string>();
        var folder = Path.GetFullPath(Path.Combine(sourceRoot, path));
        Assert.True(File.Exists(Path.Combine(folder, "kustomization.yaml")), $"{name}: spec.path {path} is not a kustomization under the source root");

        var run = Tools.Run(kubectl, new[] { "kustomize", folder }, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"kubectl kustomize {path} failed:\n{run}");
        var postBuild = ks["spec"]!["postBuild"];
        Assert.True(postBuild is not null, $"{name}: no postBuild, so Flux would apply ${{…}} unsubstituted");
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in postBuild!["substituteFrom"]?.AsArray() ?? new JsonArray())
        {
            Assert.Equal(clusterObject, $"{source!["kind"]}/{source["name"]}");
            foreach (var (key, value) in clusterVariables)
            {
                variables[key] = value;
            }
        }

        foreach (var (key, value) in postBuild["substitute"]?.AsObject() ?? new JsonObject())
        {
            variables[key] = value!.GetValue<string>();
        }

        var substituted = FluxSubstitution.Apply(run.Stdout, variables);
        log($"--- {path}\n{substituted}");
        Assert.DoesNotContain("${", substituted, StringComparison.Ordinal);
        return Objects(substituted);
    }

    public static List<JsonObject> Objects(string yaml) =>
        YamlToJson.DocumentsOfText(yaml).Select(d => Assert.IsType<JsonObject>(YamlToJson.Convert(d))).ToList();

    public static string Kind(JsonObject manifest) => manifest["kind"]!.GetValue<string>();
}
