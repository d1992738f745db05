using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Proof.Tests.Infrastructure;

/// <summary>The committed tree under <c>workspaces/kubernetes/apps/opencode</c>, read as its consumers read it.</summary>
internal static class EmittedTree
{
    /// <summary>Every emitted YAML file, sorted, as paths.</summary>
    public static IReadOnlyList<string> Files()
    {
        Assert.True(Directory.Exists(Repo.OpenCodeApps), $"the emitted tree is missing: {Repo.OpenCodeApps} (run dotnet build)");
        var files = Directory.GetFiles(Repo.OpenCodeApps, "*.yaml", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }

    /// <summary>The workspace folders (those holding <c>ks.yaml</c>).</summary>
    public static IReadOnlyList<string> WorkspaceNames() =>
        Directory.GetDirectories(Repo.OpenCodeApps)
            .Where(d => File.Exists(Path.Combine(d, "ks.yaml")))
            .Select(Path.GetFileName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList()!;

    /// <summary>Theory data over the workspaces the tree holds (read from disk, so a new workspace is covered).</summary>
    public static TheoryData<string> Workspaces
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in WorkspaceNames())
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>Theory data over every emitted file, relative to the namespace folder.</summary>
    public static TheoryData<string> RelativeFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Files())
            {
                data.Add(Path.GetRelativePath(Repo.OpenCodeApps, file).Replace('\\', '/'));
            }

            return data;
        }
    }

    /// <summary>One file's single document as JSON.</summary>
    public static JsonObject Object(string path)
    {
        var docs = YamlToJson.Documents(path);
        Assert.True(docs.Count == 1, $"{path} holds {docs.Count} documents; one expected");
        return Assert.IsType<JsonObject>(YamlToJson.Convert(docs[0]));
    }

    private static readonly List<string> OtherNamespaceFolders = new();

    /// <summary>Adds a namespace folder of another tree (another cluster's workspaces, written by a test).</summary>
    public static void AddNamespaceFolder(string folder)
    {
        lock (OtherNamespaceFolders)
        {
            OtherNamespaceFolders.Add(folder);
        }
    }

    /// <summary>The namespace folder holding <paramref name="workspace"/>: the committed tree's, or another tree's.</summary>
    public static string NamespaceFolder(string workspace)
    {
        lock (OtherNamespaceFolders)
        {
            return OtherNamespaceFolders.FirstOrDefault(f => Directory.Exists(Path.Combine(f, workspace))) ?? Repo.OpenCodeApps;
        }
    }

    public static string AppFolder(string workspace) => Path.Combine(NamespaceFolder(workspace), workspace, "app");

    public static JsonObject HelmRelease(string workspace) => Object(Path.Combine(AppFolder(workspace), "helmrelease.yaml"));

    public static JsonObject ExternalSecret(string workspace) => Object(Path.Combine(AppFolder(workspace), "externalsecret.yaml"));

    public static JsonObject FluxKustomization(string workspace) => Object(Path.Combine(NamespaceFolder(workspace), workspace, "ks.yaml"));
}
