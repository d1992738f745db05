// Compiled into the generators too (OCM_GENERATORS), as an internal copy in their own namespace: one source of truth,
// no type that clashes with the library's when a project references both.
#if OCM_GENERATORS
namespace OpenCode.Manifests.Generators.Diagnostics;
#else
namespace OpenCode.Manifests.Diagnostics;
#endif

/// <summary>
/// One row of the <see cref="DiagnosticCatalog"/>: an OCM id with its severity, title, category and the page that
/// explains it. The generators build their Roslyn descriptors from these rows and the library its build errors,
/// so an id is written in one place.
/// </summary>
#if OCM_GENERATORS
internal sealed class DiagnosticEntry
#else
public sealed class DiagnosticEntry
#endif
{
    /// <summary>Creates a row.</summary>
    public DiagnosticEntry(string id, DiagnosticSeverity severity, string title, string category)
    {
        Id = id;
        Severity = severity;
        Title = title;
        Category = category;
    }

    /// <summary>The id, <c>OCM</c> and four digits.</summary>
    public string Id { get; }

    /// <summary>Error or warning.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>What the diagnostic is about, in a few words (the heading of its page).</summary>
    public string Title { get; }

    /// <summary>The Roslyn category: schema, usage, security, build, emit or import.</summary>
    public string Category { get; }

    /// <summary>The page that says what happened, why it matters and how to fix it.</summary>
    public string HelpLink => DiagnosticCatalog.HelpBase + Id + ".md";

    /// <inheritdoc />
    public override string ToString() => Id;
}
