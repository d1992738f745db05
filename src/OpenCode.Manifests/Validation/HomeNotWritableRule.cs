using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2020: in a container with a read-only root filesystem, <c>HOME</c> and the XDG base directories must lie on
/// a writable mount. Otherwise OpenCode (and git) fail the first time they write config, state or cache — or,
/// with a writable root, silently lose it at the next restart.
/// </summary>
public sealed class HomeNotWritableRule : IValidationRule
{
    /// <summary>The variables naming folders a program writes to.</summary>
    public static readonly IReadOnlyList<string> WritableVariables = new[] { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME" };

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var mounts = app.Builder.Volumes.SelectMany(v => v.Mounts).ToList();
            foreach (var container in app.Builder.Controllers.SelectMany(c => c.Containers))
            {
                if (container.SecurityContext?.ReadOnlyRootFilesystem != true)
                {
                    continue;
                }

                // The chart writes env as a map: the last SetEnv of a name wins.
                var effective = container.Env.GroupBy(e => e.Name).Select(g => g.Last());
                foreach (var entry in effective.Where(e => WritableVariables.Contains(e.Name) && e.Value is not null))
                {
                    var covering = Covering(mounts.Where(m => m.Container == container), entry.Value!);
                    if (covering is null)
                    {
                        yield return new ManifestDiagnostic("OCM2020", DiagnosticSeverity.Error,
                            $"{entry.Name}='{entry.Value}' in container '{container.Id}' is on no mount, and the root filesystem is read-only; mount a volume there (or at a parent folder).",
                            entry.DeclaredAt);
                    }
                    else if (covering.ReadOnly)
                    {
                        yield return new ManifestDiagnostic("OCM2020", DiagnosticSeverity.Error,
                            $"{entry.Name}='{entry.Value}' in container '{container.Id}' is on the read-only mount of volume '{covering.Volume.Id}' at '{covering.Path}'; mount it writable or point {entry.Name} at a writable folder.",
                            covering.DeclaredAt);
                    }
                }
            }
        }
    }

    /// <summary>The deepest mount whose path contains <paramref name="path"/>.</summary>
    internal static Mount? Covering(IEnumerable<Mount> mounts, string path)
    {
        var target = path.TrimEnd('/');
        return mounts
            .Where(m =>
            {
                var mountPath = m.Path.TrimEnd('/');
                return target == mountPath || target.StartsWith(mountPath + "/", System.StringComparison.Ordinal);
            })
            .OrderByDescending(m => m.Path.TrimEnd('/').Length)
            .FirstOrDefault();
    }
}
