using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Spine.Tests.Infrastructure;

/// <summary>What differs between a committed tree and an emission: one finding per file, with a line diff.</summary>
internal static class GoldenComparison
{
    /// <param name="committed">Committed files by path relative to the output root.</param>
    /// <param name="emitted">Emitted files by the same relative path.</param>
    public static List<string> Compare(IReadOnlyDictionary<string, byte[]> committed, IEnumerable<(string RelativePath, ReadOnlyMemory<byte> Content)> emitted)
    {
        var findings = new List<string>();
        var emittedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, content) in emitted)
        {
            emittedPaths.Add(path);
            if (!committed.TryGetValue(path, out var bytes))
            {
                findings.Add("missing: " + path);
            }
            else if (!bytes.AsSpan().SequenceEqual(content.Span))
            {
                findings.Add("differs: " + path + "\n" + TextDiff.Unified(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(content.Span)));
            }
        }

        // A committed file of ours (it carries the marker) that the definitions no longer emit; hand-written files
        // in the same folders are not the emission's business.
        var roots = emittedPaths.Select(p => p[..(p.IndexOf('/', StringComparison.Ordinal) + 1)]).ToHashSet(StringComparer.Ordinal);
        findings.AddRange(committed
            .Where(file => !emittedPaths.Contains(file.Key) && roots.Any(root => file.Key.StartsWith(root, StringComparison.Ordinal)))
            .Where(file => GeneratedFileMarker.IsMarked(new System.IO.StringReader(Encoding.UTF8.GetString(file.Value))))
            .Select(file => "not emitted: " + file.Key));
        return findings;
    }
}
