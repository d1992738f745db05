using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The clusters of a community corpus (<c>../shared/reference/corpus-app-template-*</c>): each repository, or each
/// <c>kubernetes/&lt;cluster&gt;</c> of a repository that keeps several (szinn's <c>main</c> and <c>staging</c>, each with
/// its own <c>apps/</c>). An imported project describes one cluster, so the import tests import each on its own.
/// </summary>
public static class CorpusClusters
{
    public static IReadOnlyList<string> Folders(string corpus) =>
        Directory.EnumerateDirectories(corpus).OrderBy(d => d, StringComparer.Ordinal).SelectMany(repository =>
        {
            var kubernetes = Path.Combine(repository, "kubernetes");
            var several = Directory.Exists(kubernetes)
                ? Directory.EnumerateDirectories(kubernetes).Where(d => Directory.Exists(Path.Combine(d, "apps"))).OrderBy(d => d, StringComparer.Ordinal).ToList()
                : new List<string>();
            return several.Count > 1 ? several : new List<string> { repository };
        }).ToList();
}
