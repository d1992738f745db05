using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2018: a container reads a secret key (an env var's <c>secretKeyRef</c>, an <c>envFrom</c> secret, or a file
/// of a secret volume) that none of the app's ExternalSecrets produces. Handles make this impossible for what the
/// builder writes; the escape hatches (<c>Customize</c>) can still name anything, and the pod would then wait
/// forever in <c>CreateContainerConfigError</c>. Checked on the final values, after every escape hatch.
/// </summary>
public sealed class SecretKeyNotProducedRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var produced = app.ExternalSecrets
                .GroupBy(s => s.Spec.Target?.Name ?? s.Metadata?.Name ?? "")
                .ToDictionary(g => g.Key, g => new HashSet<string>(g.SelectMany(s => s.Spec.Data ?? new()).Select(d => d.SecretKey)));
            var values = app.Values;
            if (values.Controllers is null)
            {
                continue;
            }

            foreach (var (controllerId, controller) in values.Controllers)
            {
                foreach (var (containerId, container) in Containers(controller))
                {
                    var at = DeclaredAt(app.Builder, controllerId, containerId) ?? app.DeclaredAt;
                    foreach (var (secret, key, variable) in SecretReads(container))
                    {
                        if (!produced.TryGetValue(secret, out var keys))
                        {
                            yield return new ManifestDiagnostic("OCM2018", DiagnosticSeverity.Error,
                                $"Container '{containerId}' reads secret '{secret}'{(variable is null ? "" : $" (for {variable})")}, but no ExternalSecret of '{app.Name}' produces it (produced: {Describe(produced.Keys)}); declare the key with Secret.Declare and use the SecretKey handle.",
                                at);
                        }
                        else if (key is not null && !keys.Contains(key) && !AlreadyReported(app.Builder, secret, key))
                        {
                            yield return new ManifestDiagnostic("OCM2018", DiagnosticSeverity.Error,
                                $"Container '{containerId}' reads key '{key}' of secret '{secret}'{(variable is null ? "" : $" (for {variable})")}, but its ExternalSecret produces only {Describe(keys)}; declare the key with Secret.Declare and use the SecretKey handle.",
                                at);
                        }
                    }
                }
            }

            foreach (var (volumeId, item) in values.Persistence ?? new())
            {
                if (item is not PersistenceItem.Secret secretVolume || secretVolume.Name is null)
                {
                    continue;
                }

                var at = app.Builder.Volumes.FirstOrDefault(v => v.Id == volumeId)?.DeclaredAt ?? app.DeclaredAt;
                if (!produced.TryGetValue(secretVolume.Name, out var keys))
                {
                    yield return new ManifestDiagnostic("OCM2018", DiagnosticSeverity.Error,
                        $"Volume '{volumeId}' holds secret '{secretVolume.Name}', but no ExternalSecret of '{app.Name}' produces it (produced: {Describe(produced.Keys)}).",
                        at);
                    continue;
                }

                foreach (var file in secretVolume.Items ?? new())
                {
                    if (!keys.Contains(file.Key))
                    {
                        yield return new ManifestDiagnostic("OCM2018", DiagnosticSeverity.Error,
                            $"Volume '{volumeId}' projects key '{file.Key}' of secret '{secretVolume.Name}', but its ExternalSecret produces only {Describe(keys)}.",
                            at);
                    }
                }
            }
        }
    }

    // A lookup of an undeclared key through the builder is already OCM2002 at its own line; one mistake, one error.
    private static bool AlreadyReported(AppTemplateBuilder builder, string secret, string key) =>
        builder.Secrets.Any(s => s.SecretName == secret && s.WasReportedUndeclared(key));

    internal static IEnumerable<(string Id, Container Container)> Containers(Controller controller) =>
        (controller.InitContainers ?? new()).Concat(controller.Containers ?? new()).Select(p => (p.Key, p.Value));

    internal static SourceLocation? DeclaredAt(AppTemplateBuilder builder, string controllerId, string containerId) =>
        builder.Controllers.FirstOrDefault(c => c.Id == controllerId)?.Containers.FirstOrDefault(c => c.Id == containerId)?.DeclaredAt;

    private static IEnumerable<(string Secret, string? Key, string? Variable)> SecretReads(Container container)
    {
        if (container.Env is EnvVars.EnvVarMap map)
        {
            foreach (var (name, value) in map.Value)
            {
                if (value is EnvVarMapValue.EnvVarSourceRefEntry { SecretKeyRef: { } reference })
                {
                    yield return (reference.Name ?? "", reference.Key, name);
                }
            }
        }

        foreach (var source in container.EnvFrom ?? new())
        {
            if ((source.Secret ?? source.SecretRef?.Name) is { } secret)
            {
                yield return (secret, null, null);
            }
        }
    }

    private static string Describe(IEnumerable<string> names)
    {
        var list = names.OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
