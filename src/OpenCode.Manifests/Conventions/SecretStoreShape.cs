using System;

namespace OpenCode.Manifests.Conventions;

/// <summary>
/// How a cluster's secret store lays out an app's secrets, which decides the <c>remoteRef</c> of every key the
/// package declares for an app (the OpenCode workspaces' password, token and provider keys):
/// <list type="bullet">
/// <item><see cref="FlatKeys"/>: one store key per secret, <c>&lt;APP&gt;_&lt;KEY&gt;</c> (Doppler, env-style stores).</item>
/// <item><see cref="ItemPerApp"/>: one item per app, named after the app, with one field per key (1Password, Bitwarden).</item>
/// <item><see cref="PathPerApp"/>: one secret per app at <c>&lt;prefix&gt;/&lt;app&gt;</c>, with one property per key (Vault,
/// AWS Secrets Manager, GCP Secret Manager).</item>
/// </list>
/// </summary>
public abstract record SecretStoreShape
{
    private SecretStoreShape()
    {
    }

    /// <summary>One store key per secret: <c>OPENCODE_FLUX_GITHUB_PAT</c> (the app's name in upper case, dashes as underscores).</summary>
    public static SecretStoreShape FlatKeys { get; } = new Flat();

    /// <summary>One item per app named after it (<c>opencode-flux</c>), one field per key (<c>GITHUB_PAT</c>).</summary>
    public static SecretStoreShape ItemPerApp { get; } = new Item();

    /// <summary>One secret per app at <c>prefix/app</c> (<c>opencode/opencode-flux</c>), one property per key.</summary>
    /// <param name="prefix">The path before the app's name, without a trailing slash (<c>secret/opencode</c>).</param>
    public static SecretStoreShape PathPerApp(string prefix) => new Path(prefix.TrimEnd('/'));

    /// <summary>Where the key <paramref name="key"/> of app <paramref name="app"/> is read from.</summary>
    public abstract RemoteSecretRef RemoteRef(string app, string key);

    private sealed record Flat : SecretStoreShape
    {
        public override RemoteSecretRef RemoteRef(string app, string key) =>
            new(app.ToUpperInvariant().Replace('-', '_') + "_" + key);
    }

    private sealed record Item : SecretStoreShape
    {
        public override RemoteSecretRef RemoteRef(string app, string key) => new(app, key);
    }

    private sealed record Path(string Prefix) : SecretStoreShape
    {
        public override RemoteSecretRef RemoteRef(string app, string key) =>
            new(Prefix.Length == 0 ? app : Prefix + "/" + app, key);
    }
}
