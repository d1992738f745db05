using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// A Kubernetes Secret the release's ExternalSecret produces, with the keys it declares. Environment variables
/// and secret volumes take <see cref="SecretKey"/> handles from here, so they can only name keys that exist.
/// </summary>
public sealed class SecretHandle : Handle
{
    private readonly List<SecretKey> keys = new();
    private readonly HashSet<string> reportedUndeclared = new();

    internal SecretHandle(AppTemplateBuilder owner, string secretName, SourceLocation declaredAt)
        : base(owner, secretName, declaredAt)
    {
    }

    /// <summary>The Secret's name.</summary>
    public string SecretName => Id;

    /// <summary>
    /// The Secret may be missing (its ExternalSecret cannot sync while a key is absent from the store): every
    /// reference to it says <c>optional: true</c>, so the pod starts without it.
    /// </summary>
    public bool IsOptional { get; init; }

    /// <summary>The declared keys, in declaration order.</summary>
    public IReadOnlyList<SecretKey> Keys => keys;

    /// <summary>Keys looked up but never declared, each already reported (OCM2002).</summary>
    public IReadOnlyCollection<string> UndeclaredLookups => reportedUndeclared;

    /// <summary>Declares a key of the Secret and the secret-store key it is read from.</summary>
    public SecretKey Declare(string key, string remoteKey, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Declare(key, new RemoteSecretRef(remoteKey), file, line);

    /// <summary>Declares a key of the Secret and where the secret store keeps it (a key and, for a structured item, a property).</summary>
    public SecretKey Declare(string key, RemoteSecretRef remote, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var at = SourceLocation.FromCaller(file, line);
        if (keys.Any(k => k.Name == key))
        {
            Owner.Report(new ManifestDiagnostic(DiagnosticCatalog.SecretKeyDeclaredTwice,
                $"Secret '{SecretName}' declares key '{key}' twice; declare each key once and reuse the SecretKey handle.", at));
        }

        var handle = new SecretKey(this, key, remote.Key, at) { RemoteProperty = remote.Property };
        keys.Add(handle);
        return handle;
    }

    /// <summary>
    /// Looks up a declared key by name. A name that is not declared is a build error (OCM2002) at the calling line:
    /// prefer keeping the <see cref="SecretKey"/> that <see cref="Declare(string, string, string, int)"/> returned.
    /// </summary>
    public SecretKey this[string key, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0]
    {
        get
        {
            var found = keys.FirstOrDefault(k => k.Name == key);
            if (found is not null)
            {
                return found;
            }

            var at = SourceLocation.FromCaller(file, line);
            reportedUndeclared.Add(key);
            var declared = keys.Count == 0 ? "none" : string.Join(", ", keys.Select(k => k.Name));
            Owner.Report(new ManifestDiagnostic(DiagnosticCatalog.UndeclaredSecretKey,
                $"Secret '{SecretName}' does not declare key '{key}' (declared: {declared}); declare it with Declare(\"{key}\", remoteKey) or use a declared key.", at));
            return new SecretKey(this, key, remoteKey: "", at);
        }
    }
}

/// <summary>One declared key of a <see cref="SecretHandle"/>.</summary>
public sealed class SecretKey
{
    internal SecretKey(SecretHandle secret, string name, string remoteKey, SourceLocation declaredAt)
    {
        Secret = secret;
        Name = name;
        RemoteKey = remoteKey;
        DeclaredAt = declaredAt;
    }

    /// <summary>The Secret the key belongs to.</summary>
    public SecretHandle Secret { get; }

    /// <summary>The key in the Kubernetes Secret.</summary>
    public string Name { get; }

    /// <summary>The key in the secret store it is read from.</summary>
    public string RemoteKey { get; }

    /// <summary>The property of the store's (structured) value, or null for the whole value.</summary>
    public string? RemoteProperty { get; init; }

    /// <summary>Where the key was declared.</summary>
    public SourceLocation DeclaredAt { get; }
}
