using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OpenCode.Manifests.Generators.ValuesSchema;

namespace OpenCode.Manifests.Generators.Registry;

/// <summary>
/// Everything the generated registry is written from, as plain data: the usable apps in declaration order (file
/// path, then line, then column), the conventions type, and the diagnostics of every marked type.
/// </summary>
/// <param name="Apps">The <c>[App]</c> and <c>[Workspace]</c> types the registry creates.</param>
/// <param name="ConventionsTypeName">The <c>[ClusterConventions]</c> type it creates, or null for none.</param>
/// <param name="HasMarkedApps">True when any type is marked as an app, usable or not.</param>
/// <param name="Diagnostics">OCM1115, OCM1116 and OCM1117, in declaration order.</param>
internal sealed record RegistryModel(
    EquatableArray<RegistryEntry> Apps,
    string? ConventionsTypeName,
    bool HasMarkedApps,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static RegistryModel Build(ImmutableArray<MarkedType> appTypes, ImmutableArray<MarkedType> workspaceTypes, ImmutableArray<MarkedType> conventionsTypes)
    {
        // A type marked both [App] and [Workspace] (or on two partial declarations) is still one app.
        var apps = InDeclarationOrder(appTypes.Concat(workspaceTypes))
            .GroupBy(t => t.FullyQualifiedName, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var conventions = InDeclarationOrder(conventionsTypes).ToList();

        var diagnostics = new List<DiagnosticInfo>();
        diagnostics.AddRange(InDeclarationOrder(apps.Concat(conventions)).Where(t => t.Problem is not null).Select(t => t.Problem!));

        // Only when nothing is marked: a marked type the build cannot use already has its own error.
        if (apps.Count > 0 && conventions.Count == 0)
        {
            var first = apps[0];
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoClusterConventions, first.FilePath, first.Identifier, first.DisplayName));
        }

        // More than one [ClusterConventions] type is ambiguous: the first usable one (by file and line) wins here
        // and the analyzers report the rest (OCM1114).
        return new RegistryModel(
            apps.Where(t => t.IsUsable).Select(RegistryEntry.From).ToEquatableArray(),
            conventions.FirstOrDefault(t => t.IsUsable)?.FullyQualifiedName,
            apps.Count > 0,
            diagnostics.ToEquatableArray());
    }

    private static IEnumerable<MarkedType> InDeclarationOrder(IEnumerable<MarkedType> types) =>
        types.OrderBy(t => t.FilePath, StringComparer.Ordinal).ThenBy(t => t.Line).ThenBy(t => t.Column);
}
