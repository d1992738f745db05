using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenCode.Manifests.Tests.Architecture;

/// <summary>One broken rule of the <see cref="LayerMap"/>, at the file and line of the reference that breaks it.</summary>
internal sealed record LayerViolation(string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Judges namespace references against the <see cref="LayerMap"/>.</summary>
internal static class LayerChecker
{
    /// <summary>
    /// Every violation: a namespace the map does not place (declared in the sources or referenced), a reference to a
    /// higher rank, a forbidden pair, and each cycle among namespaces (with one reference per edge of the cycle).
    /// </summary>
    public static IReadOnlyList<LayerViolation> Check(IReadOnlyList<NamespaceReference> references, IEnumerable<(string Namespace, string File, int Line)> declarations)
    {
        var violations = new List<LayerViolation>();

        var unplaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ns, file, line) in declarations)
        {
            if (!LayerMap.Ranks.ContainsKey(ns) && unplaced.Add(ns))
            {
                violations.Add(new LayerViolation(file, line, $"namespace {ns} is not placed in the layer map (tests/OpenCode.Manifests.Tests/Architecture/LayerMap.cs)"));
            }
        }

        foreach (var reference in references)
        {
            foreach (var ns in new[] { reference.From, reference.To })
            {
                if (!LayerMap.Ranks.ContainsKey(ns) && unplaced.Add(ns))
                {
                    violations.Add(new LayerViolation(reference.File, reference.Line, $"namespace {ns} is not placed in the layer map (tests/OpenCode.Manifests.Tests/Architecture/LayerMap.cs)"));
                }
            }

            if (!LayerMap.Ranks.TryGetValue(reference.From, out var fromRank) || !LayerMap.Ranks.TryGetValue(reference.To, out var toRank))
            {
                continue;
            }

            if (toRank > fromRank)
            {
                violations.Add(new LayerViolation(reference.File, reference.Line,
                    $"{LayerMap.Short(reference.From)} (rank {fromRank}) uses {LayerMap.Short(reference.To)} (rank {toRank}), a higher layer: {reference.Text}"));
            }
            else if (LayerMap.Forbidden.Contains((reference.From, reference.To)))
            {
                violations.Add(new LayerViolation(reference.File, reference.Line,
                    $"{LayerMap.Short(reference.From)} must not use {LayerMap.Short(reference.To)}: {reference.Text}"));
            }
        }

        violations.AddRange(Cycles(references));
        return violations;
    }

    /// <summary>The namespaces each namespace uses, with the number of references: the measured layer table.</summary>
    public static string Table(IReadOnlyList<NamespaceReference> references)
    {
        var rows = references
            .GroupBy(r => r.From)
            .OrderBy(g => LayerMap.Ranks.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{LayerMap.Short(g.Key)} ({RankText(g.Key)}) -> " + string.Join(", ", g
                .GroupBy(r => r.To)
                .OrderBy(t => LayerMap.Ranks.GetValueOrDefault(t.Key, int.MaxValue)).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => $"{LayerMap.Short(t.Key)} {t.Count()}")));
        return string.Join("\n", rows);
    }

    private static string RankText(string ns) => LayerMap.Ranks.TryGetValue(ns, out var rank) ? rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";

    /// <summary>Strongly connected groups of more than one namespace (Tarjan), each reported at its edges.</summary>
    private static IEnumerable<LayerViolation> Cycles(IReadOnlyList<NamespaceReference> references)
    {
        var firstByEdge = new Dictionary<(string, string), NamespaceReference>();
        foreach (var reference in references.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line))
        {
            firstByEdge.TryAdd((reference.From, reference.To), reference);
        }

        var edges = firstByEdge.Keys.GroupBy(e => e.Item1).ToDictionary(g => g.Key, g => g.Select(e => e.Item2).OrderBy(n => n, StringComparer.Ordinal).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var groups = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? new List<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != node);
                if (group.Count > 1)
                {
                    groups.Add(group);
                }
            }
        }

        foreach (var node in edges.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        foreach (var group in groups)
        {
            var members = group.ToHashSet(StringComparer.Ordinal);
            var names = string.Join(", ", group.Select(LayerMap.Short).OrderBy(n => n, StringComparer.Ordinal));
            foreach (var edge in firstByEdge.Where(e => members.Contains(e.Key.Item1) && members.Contains(e.Key.Item2)).OrderBy(e => e.Value.File, StringComparer.Ordinal).ThenBy(e => e.Value.Line))
            {
                var reference = edge.Value;
                yield return new LayerViolation(reference.File, reference.Line,
                    $"cycle among {names}: {LayerMap.Short(reference.From)} uses {LayerMap.Short(reference.To)} ({reference.Text})");
            }
        }
    }
}
