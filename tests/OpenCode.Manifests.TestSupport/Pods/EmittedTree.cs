using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// An emitted namespace folder on disk (the seed's committed <c>workspaces/kubernetes/apps/opencode</c>, another
/// cluster's tree a test wrote, a consumer's tree its build wrote), read as its consumers read it: YAML files only,
/// never the C# model that wrote them.
/// </summary>
public sealed class EmittedTree
{
    public EmittedTree(string namespaceFolder) => NamespaceFolder = namespaceFolder;

    /// <summary>The namespace folder: one folder per workspace, each holding <c>ks.yaml</c> and <c>app/</c>.</summary>
    public string NamespaceFolder { get; }

    /// <summary>Every emitted YAML file, sorted, as paths.</summary>
    public IReadOnlyList<string> Files()
    {
        Assert.True(Directory.Exists(NamespaceFolder), $"the emitted tree is missing: {NamespaceFolder} (run dotnet build)");
        var files = Directory.GetFiles(NamespaceFolder, "*.yaml", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }

    /// <summary>The workspace folders (those holding <c>ks.yaml</c>), read from disk so a new workspace is covered.</summary>
    public IReadOnlyList<string> WorkspaceNames() =>
        Directory.GetDirectories(NamespaceFolder)
            .Where(d => File.Exists(Path.Combine(d, "ks.yaml")))
            .Select(d => Path.GetFileName(d)!)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every emitted file, relative to the namespace folder, '/'-separated.</summary>
    public IReadOnlyList<string> RelativeFiles() =>
        Files().Select(f => Path.GetRelativePath(NamespaceFolder, f).Replace('\\', '/')).ToList();

    /// <summary>One file's single document as JSON.</summary>
    public static JsonObject Object(string path)
    {
        var docs = Objects(path);
        Assert.True(docs.Count == 1, $"{path} holds {docs.Count} documents; one expected");
        return docs[0];
    }

    /// <summary>Every document of one file as JSON.</summary>
    public static IReadOnlyList<JsonObject> Objects(string path) =>
        YamlToJson.Documents(path).Select(d => Assert.IsType<JsonObject>(YamlToJson.Convert(d))).ToList();

    public string AppFolder(string workspace) => Path.Combine(NamespaceFolder, workspace, "app");

    public JsonObject HelmRelease(string workspace) => Object(Path.Combine(AppFolder(workspace), "helmrelease.yaml"));

    /// <summary>The workspace's own ExternalSecret (the first document: password, token, required providers).</summary>
    public JsonObject ExternalSecret(string workspace) => ExternalSecrets(workspace)[0];

    /// <summary>Every ExternalSecret of the workspace: its own, then one per optional provider.</summary>
    public IReadOnlyList<JsonObject> ExternalSecrets(string workspace) => Objects(Path.Combine(AppFolder(workspace), "externalsecret.yaml"));

    public JsonObject FluxKustomization(string workspace) => Object(Path.Combine(NamespaceFolder, workspace, "ks.yaml"));
}
