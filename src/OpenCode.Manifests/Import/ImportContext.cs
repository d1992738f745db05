using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>One release being imported: its file, its values node (for line numbers) and what was reported.</summary>
internal sealed class ImportContext
{
    public ImportContext(string file, YamlNode values, string text = "")
    {
        File = file;
        Values = values;
        lines = text.Split('\n');
    }

    private readonly string[] lines;
    private Dictionary<YamlNode, int>? aliasUses;
    private readonly Dictionary<string, (string Local, string Literal)> sharedLocals = new();

    /// <summary>The local names of the method being written (handles and anchors share them, so none clash).</summary>
    public CSharpIdentifiers Locals { get; } = CSharpIdentifiers.Reserving("app", "spec");

    /// <summary>False where no local can be declared (the HelmRelease() method): only <c>Name</c> is shared there.</summary>
    public bool ShareAnchors { get; init; } = true;

    /// <summary>The metadata.name node: an anchor on it (<c>name: &amp;app radarr</c>) is the class's <c>Name</c> constant.</summary>
    public YamlNode? NameNode { get; init; }

    /// <summary>The locals YAML anchors became, in first-use order (<c>var port = 7878;</c>).</summary>
    public IReadOnlyList<(string Local, string Literal)> SharedLocals => sharedLocals.Values.ToList();

    /// <summary>
    /// The C# name a scalar written at <paramref name="path"/> shares with the other places its YAML anchor is used:
    /// <c>Name</c> for the anchor on metadata.name, else a local declared once (for an anchor used at least twice in the
    /// values); null when the value is not shared or another use spells it differently.
    /// </summary>
    public string? SharedName(ValuePath path, string literal)
    {
        if (path.Resolve(Values) is not YamlScalarNode { Anchor.IsEmpty: false } node)
        {
            return null;
        }

        if (ReferenceEquals(node, NameNode) && node.Value is not null && literal == CSharpLiterals.Quote(node.Value))
        {
            return "Name";
        }

        if (!ShareAnchors)
        {
            return null;
        }

        aliasUses ??= CountUses(Values);
        if (!aliasUses.TryGetValue(node, out var uses) || uses < 2)
        {
            return null;
        }

        var anchor = node.Anchor.Value;
        if (sharedLocals.TryGetValue(anchor, out var existing))
        {
            return existing.Literal == literal ? existing.Local : null;
        }

        var local = Locals.Local(anchor);
        sharedLocals[anchor] = (local, literal);
        return local;
    }

    private static Dictionary<YamlNode, int> CountUses(YamlNode root)
    {
        var counts = new Dictionary<YamlNode, int>(ReferenceEqualityComparer.Instance);
        void Walk(YamlNode node)
        {
            switch (node)
            {
                case YamlScalarNode scalar when !scalar.Anchor.IsEmpty:
                    counts[scalar] = counts.TryGetValue(scalar, out var n) ? n + 1 : 1;
                    break;
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children)
                    {
                        Walk(entry.Value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(root);
        return counts;
    }

    /// <summary>
    /// The <c># renovate: …</c> comment on the line above the key at <paramref name="path"/>, or null: Renovate reads
    /// it to update the value below, so the C# keeps it on the line that sets that value.
    /// </summary>
    public string? RenovateComment(ValuePath path)
    {
        if (path.ResolveKey(Values) is not { } key || key.Start.Line < 2 || key.Start.Line - 2 >= lines.Length)
        {
            return null;
        }

        var above = lines[key.Start.Line - 2].Trim();
        return above.StartsWith("# renovate:", System.StringComparison.Ordinal) ? above.Substring(2) : null;
    }

    public string File { get; }

    public YamlNode Values { get; }

    public List<ImportDiagnostic> Diagnostics { get; } = new();

    /// <summary>Reports <paramref name="entry"/> (with the catalogue's severity) at the YAML line of <paramref name="path"/>.</summary>
    public void Report(DiagnosticEntry entry, string message, ValuePath path)
    {
        var node = path.ResolveKey(Values) ?? Values;
        Diagnostics.Add(ImportDiagnostic.For(entry, message, File, node.Start.Line, node.Start.Column));
    }
}
