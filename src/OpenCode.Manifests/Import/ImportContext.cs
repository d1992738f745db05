using System.Collections.Generic;
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
