using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// Collects diagnostics while a spec is built. The same node is often classified more than once (probing a
/// union's branches, then building them), so a diagnostic at the same place is kept only once.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();
    private readonly HashSet<string> _seen = new();

    public IReadOnlyList<DiagnosticInfo> Items => _items;

    public void Add(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] args)
    {
        var key = descriptor.Id + "|" + filePath + "|" + span.Start.ToString(CultureInfo.InvariantCulture) + "|" + string.Join("|", args);
        if (_seen.Add(key))
        {
            _items.Add(DiagnosticInfo.Create(descriptor, filePath, span, args));
        }
    }
}
