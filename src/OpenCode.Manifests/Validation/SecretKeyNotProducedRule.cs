using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2018: a container reads a secret key (an env var's <c>secretKeyRef</c>, an <c>envFrom</c> secret, or a file
/// of a secret volume) that none of the app's ExternalSecrets produces. Handles make this impossible for what the
/// builder writes; the escape hatches can still name anything, and the pod would then wait forever in
/// <c>CreateContainerConfigError</c>. Checked on the final values, after every escape hatch.
/// </summary>
public sealed class SecretKeyNotProducedRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            if (app.Release is not { } release)
            {
                continue;
            }

            var produced = app.ExternalSecrets
                .GroupBy(s => s.Spec.Target?.Name ?? s.Metadata?.Name ?? "")
                .ToDictionary(g => g.Key, g => (HashSet<string>?)new HashSet<string>(g.SelectMany(s => s.Spec.Data ?? new()).Select(d => d.SecretKey)));
            foreach (var provided in app.ProvidedSecrets)
            {
                // Made outside the build: which keys it holds is not known here (null), so every key of it is taken as produced.
                produced.TryAdd(provided, null);
            }

            foreach (var container in release.Workload.Containers)
            {
                foreach (var env in container.Env.Where(e => e.SecretKey is not null))
                {
                    var (secret, key) = (env.SecretKey!.Secret, env.SecretKey.Key);
                    if (!produced.TryGetValue(secret, out var keys))
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.SecretKeyNotProduced,
                            $"Container '{container.Id}' reads secret '{secret}' (for {env.Name}), but no ExternalSecret of '{app.Name}' produces it (produced: {Describe(produced.Keys)}); declare the key with Secret.Declare and use the SecretKey handle, or, when an object outside the build makes the secret, say so with app.ProvidedSecret(\"{secret}\").",
                            app.LocateValue(env.Path));
                    }
                    else if (keys is not null && !keys.Contains(key) && !app.UndeclaredSecretKeys.Contains(new WorkloadSecretKey(secret, key)))
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.SecretKeyNotProduced,
                            $"Container '{container.Id}' reads key '{key}' of secret '{secret}' (for {env.Name}), but its ExternalSecret produces only {Describe(keys)}; declare the key with Secret.Declare and use the SecretKey handle.",
                            app.LocateValue(env.Path));
                    }
                }

                foreach (var source in container.EnvFrom.Where(s => s.Secret is not null && !produced.ContainsKey(s.Secret)))
                {
                    yield return new ManifestDiagnostic(DiagnosticCatalog.SecretKeyNotProduced,
                        $"Container '{container.Id}' reads secret '{source.Secret}', but no ExternalSecret of '{app.Name}' produces it (produced: {Describe(produced.Keys)}); declare the key with Secret.Declare and use the SecretKey handle, or, when an object outside the build makes the secret, say so with app.ProvidedSecret(\"{source.Secret}\").",
                        app.LocateValue(source.Path));
                }
            }

            foreach (var volume in release.Workload.Volumes.Where(v => v.Kind == WorkloadVolumeKind.Secret && v.SourceName is not null))
            {
                if (!produced.TryGetValue(volume.SourceName!, out var keys))
                {
                    yield return new ManifestDiagnostic(DiagnosticCatalog.SecretKeyNotProduced,
                        $"Volume '{volume.Id}' holds secret '{volume.SourceName}', but no ExternalSecret of '{app.Name}' produces it (produced: {Describe(produced.Keys)}); when an object outside the build makes it, say so with app.ProvidedSecret(\"{volume.SourceName}\").",
                        app.LocateValue(volume.Path));
                    continue;
                }

                if (keys is null)
                {
                    continue;
                }

                foreach (var item in volume.Items.Where(item => !keys.Contains(item.Key)))
                {
                    yield return new ManifestDiagnostic(DiagnosticCatalog.SecretKeyNotProduced,
                        $"Volume '{volume.Id}' projects key '{item.Key}' of secret '{volume.SourceName}', but its ExternalSecret produces only {Describe(keys)}.",
                        app.LocateValue(item.Path));
                }
            }
        }
    }

    private static string Describe(IEnumerable<string> names)
    {
        var list = names.OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
