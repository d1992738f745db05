using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Import;

/// <summary>
/// A problem or note from importing HelmRelease YAML, pointing at the line of the YAML file that caused it.
/// </summary>
/// <param name="Id">The id, <c>OCM4nnn</c> (documented in docs/diagnostics).</param>
/// <param name="Severity">An error means the release (or file) was not imported.</param>
/// <param name="Message">What happened and what to do about it.</param>
/// <param name="File">The YAML file.</param>
/// <param name="Line">1-based line in <paramref name="File"/>; 0 when unknown.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public sealed record ImportDiagnostic(string Id, DiagnosticSeverity Severity, string Message, string File, long Line, long Column)
{
    /// <summary>
    /// A diagnostic with the severity the catalogue gives <paramref name="entry"/>: the catalogue is the one source of
    /// truth, so no call site can report an id at another severity than its page documents.
    /// </summary>
    public static ImportDiagnostic For(DiagnosticEntry entry, string message, string file, long line, long column) =>
        new(entry.Id, entry.Severity, message, file, line, column);

    /// <summary>True for an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The canonical <c>file(line,col): error OCM4nnn: message</c> form that IDEs and MSBuild list.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var origin = Line > 0 ? $"{File}({Line},{System.Math.Max(1, Column)})" : File;
        return $"{origin}: {severity} {Id}: {Message}";
    }
}
