using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Resources.ExternalSecrets;

/// <summary>An External Secrets <c>ExternalSecret</c> (external-secrets.io/v1): a Secret filled from a secret store.</summary>
public sealed record ExternalSecret() : KubernetesObject("external-secrets.io/v1", "ExternalSecret")
{
    /// <summary>The desired state.</summary>
    [YamlKey("spec", Required = true)]
    public required ExternalSecretSpec Spec { get; init; }
}

/// <summary>The spec of an <see cref="ExternalSecret"/>.</summary>
public sealed record ExternalSecretSpec
{
    /// <summary>The store the values come from.</summary>
    [YamlKey("secretStoreRef", Required = true)]
    public required SecretStoreReference SecretStoreRef { get; init; }

    /// <summary>The Secret that is written.</summary>
    [YamlKey("target", Required = true)]
    public required ExternalSecretTarget Target { get; init; }

    /// <summary>One entry per key of the target Secret.</summary>
    [YamlKey("data")]
    public List<ExternalSecretData>? Data { get; init; }

    /// <summary>How often the store is read again.</summary>
    [YamlKey("refreshInterval")]
    public string? RefreshInterval { get; init; }
}

/// <summary>A <c>SecretStore</c> or <c>ClusterSecretStore</c> by name.</summary>
public sealed record SecretStoreReference
{
    /// <summary><c>ClusterSecretStore</c> or <c>SecretStore</c>.</summary>
    [YamlKey("kind", Required = true)]
    public required string Kind { get; init; }

    /// <summary>The store's name.</summary>
    [YamlKey("name", Required = true)]
    public required string Name { get; init; }
}

/// <summary>The Secret an ExternalSecret writes.</summary>
public sealed record ExternalSecretTarget
{
    /// <summary>The Secret's name.</summary>
    [YamlKey("name", Required = true)]
    public required string Name { get; init; }

    /// <summary><c>Owner</c>: the Secret is deleted with the ExternalSecret.</summary>
    [YamlKey("creationPolicy")]
    public string? CreationPolicy { get; init; }
}

/// <summary>One key of the target Secret, read from one key of the store.</summary>
public sealed record ExternalSecretData
{
    /// <summary>The key in the target Secret.</summary>
    [YamlKey("secretKey", Required = true)]
    public required string SecretKey { get; init; }

    /// <summary>Where the value comes from.</summary>
    [YamlKey("remoteRef", Required = true)]
    public required ExternalSecretRemoteRef RemoteRef { get; init; }
}

/// <summary>A key in the secret store.</summary>
public sealed record ExternalSecretRemoteRef
{
    /// <summary>The store's key, e.g. <c>OPENCODE_FLUX_GITHUB_PAT</c>.</summary>
    [YamlKey("key", Required = true)]
    public required string Key { get; init; }
}
