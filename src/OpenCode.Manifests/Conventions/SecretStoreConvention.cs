namespace OpenCode.Manifests.Conventions;

/// <summary>An External Secrets store by kind and name, and how it lays out an app's secrets.</summary>
/// <param name="Kind"><c>ClusterSecretStore</c> or <c>SecretStore</c>.</param>
/// <param name="Name">The store's name.</param>
public sealed record SecretStoreConvention(string Kind, string Name)
{
    /// <summary>How the store keeps an app's secrets (flat keys, an item per app, a path per app); default: flat keys.</summary>
    public SecretStoreShape Shape { get; init; } = SecretStoreShape.FlatKeys;
}
