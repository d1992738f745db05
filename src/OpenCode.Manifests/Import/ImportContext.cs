using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>One release being imported: its file, its values node (for line numbers) and what was reported.</summary>
internal sealed class ImportContext
{
    public ImportContext(string file, YamlNode values)
    {
        File = file;
        Values = values;
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
