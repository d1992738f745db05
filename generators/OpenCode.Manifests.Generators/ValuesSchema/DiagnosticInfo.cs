using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// A diagnostic as plain, value-equal data. Roslyn's Diagnostic and Location must not live in pipeline models
/// (they defeat caching and root compilations), so they are created only when the generator reports.
/// </summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> MessageArgs, string FilePath, SourceSpan Span)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] messageArgs) =>
        new(descriptor.Id, new EquatableArray<string>(messageArgs), filePath, span);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.Find(Id) ?? DiagnosticDescriptors.InternalError;
        var location = Location.Create(
            FilePath,
            new TextSpan(Span.Start, Span.Length),
            new LinePositionSpan(new LinePosition(Span.StartLine, Span.StartColumn), new LinePosition(Span.EndLine, Span.EndColumn)));
        var args = new object[MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = MessageArgs[i];
        }

        return Diagnostic.Create(descriptor, location, args);
    }
}
