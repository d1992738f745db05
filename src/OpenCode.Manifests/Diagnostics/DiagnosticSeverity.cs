// Compiled into the generators too (OCM_GENERATORS), as an internal copy in their own namespace: one source of truth,
// no type that clashes with the library's when a project references both.
#if OCM_GENERATORS
namespace OpenCode.Manifests.Generators.Diagnostics;
#else
namespace OpenCode.Manifests.Diagnostics;
#endif

/// <summary>How bad a diagnostic is.</summary>
#if OCM_GENERATORS
internal enum DiagnosticSeverity
#else
public enum DiagnosticSeverity
#endif
{
    /// <summary>Shown; does not fail the build.</summary>
    Warning,

    /// <summary>Fails the build; nothing is written.</summary>
    Error,
}
