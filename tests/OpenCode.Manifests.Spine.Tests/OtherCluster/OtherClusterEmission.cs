using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.TestSupport;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.OtherCluster;

/// <summary>
/// A cluster unlike the seed's: 1Password (or Vault, or flat keys) behind External Secrets, Longhorn volumes without
/// VolSync, an internal gateway, no reloader. Runs the pipeline in-process with those conventions.
/// </summary>
internal static class OtherClusterEmission
{
    public static ClusterConventions Conventions(SecretStoreShape shape) => new OnePasswordCluster
    {
        SecretStore = new SecretStoreConvention("ClusterSecretStore", "onepassword-connect") { Shape = shape },
    };

    public static Emission Run(ClusterConventions conventions, params AppDefinition[] apps)
    {
        var emission = ManifestPipeline.Run(new AppRegistry(
            apps.Select(app => new AppEntry(() => app, app.GetType().FullName!, Here())).ToList(),
            () => conventions));
        var errors = emission.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "errors:\n" + string.Join("\n", errors));
        return emission;
    }

    /// <summary>Every document of the emitted file ending in <paramref name="suffix"/>, as JSON.</summary>
    public static IReadOnlyList<JsonObject> Objects(Emission emission, string suffix)
    {
        var file = emission.Files.Single(f => f.RelativePath.EndsWith(suffix, StringComparison.Ordinal));
        return YamlToJson.DocumentsOfText(Encoding.UTF8.GetString(file.Content.Span))
            .Select(doc => YamlToJson.Convert(doc)!.AsObject())
            .ToList();
    }

    public static string Text(Emission emission) =>
        string.Join("\n", emission.Files.Select(f => Encoding.UTF8.GetString(f.Content.Span)));

    private static SourceLocation Here([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => new(file, line);

    private sealed record OnePasswordCluster() : ClusterConventions(
        Source: new FluxSourceReference("GitRepository", "flux-system"),
        DependsOn: ["longhorn"],
        Gateway: new GatewayReference("internal", "gateway-system", "https-internal") { IsPublic = false },
        SecretStore: new SecretStoreConvention("ClusterSecretStore", "onepassword-connect") { Shape = SecretStoreShape.ItemPerApp },
        StorageClass: "longhorn",
        VolSync: null,
        DomainVariable: "CLUSTER_DOMAIN",
        ClusterSubstitution: ClusterSubstitution.FromObject("ConfigMap", "cluster-settings", ["CLUSTER_DOMAIN"]),
        ReloaderAnnotation: null,
        ExistingKustomizations: ["longhorn"]);
}

/// <summary>A workspace with an Anthropic key and an optional Copilot seed.</summary>
internal sealed record LabWorkspace() : OpenCodeWorkspace("opencode-lab", GitHub.Repository("ORG", "lab"), "lab.opencode")
{
    public LabWorkspace(IReadOnlyList<ModelProvider> providers)
        : this() => Providers = providers;
}
