using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace OpenCode.Manifests.Import;

/// <summary>What an import produced: one C# source per release, and the diagnostics (errors and reports).</summary>
public sealed class ImportResult
{
    internal ImportResult(IReadOnlyList<ImportedRelease> releases, IReadOnlyList<ImportDiagnostic> diagnostics)
    {
        Releases = releases;
        Diagnostics = diagnostics;
    }

    /// <summary>The imported releases, in file and document order.</summary>
    public IReadOnlyList<ImportedRelease> Releases { get; }

    /// <summary>Errors (a file or release not imported) and warnings (values kept free-form, …), in input order.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }

    /// <summary>The chart most imported releases pin (the generated conventions' <c>AppTemplateChart</c>), or null when none was imported.</summary>
    public OpenCode.Manifests.Conventions.ChartSource? ProjectChart { get; init; }

    /// <summary>
    /// The values model's namespace when every release has the same major (the project imports it globally and the
    /// files do not name it), else null.
    /// </summary>
    public string? ModelNamespace { get; init; }

    /// <summary>True when any file or release could not be imported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Writes each release's source to <paramref name="directory"/> (UTF-8 without BOM, LF); returns the paths.</summary>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var release in Releases)
        {
            var path = Path.Combine(directory, release.FileName);
            File.WriteAllText(path, release.Source, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }

        return written;
    }
}
