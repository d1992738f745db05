namespace OpenCode.Manifests.Conventions;

/// <summary>Where one Secret key is read from in the secret store: a key (item, path) and, for structured values, a property.</summary>
/// <param name="Key">The store's key: a flat name, an item's name, or a path.</param>
/// <param name="Property">The field of a structured item (1Password field, Vault key, JSON property); null for the whole value.</param>
public sealed record RemoteSecretRef(string Key, string? Property = null);
