namespace OpenCode.Manifests.Diagnostics;

/// <summary>
/// A problem found while composing, validating or writing the tree, with the C# line that caused it.
/// </summary>
/// <param name="Id">The rule id, <c>OCM</c> and four digits (documented in docs/diagnostics).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="Location">The C# line that declared the offending object.</param>
public sealed record ManifestDiagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>Creates a diagnostic of a catalogue entry (its id and severity).</summary>
    public ManifestDiagnostic(DiagnosticEntry entry, string message, SourceLocation location)
        : this(entry.Id, entry.Severity, message, location)
    {
    }

    /// <summary>
    /// The canonical MSBuild form <c>file(line,col): error OCMnnnn: message</c>, which MSBuild and IDEs list like
    /// compiler errors.
    /// </summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var origin = Location.IsKnown ? Location.ToString() : "OpenCode.Manifests";
        return $"{origin}: {severity} {Id}: {Message}";
    }
}
