using System;
using System.Collections.Immutable;

namespace OpenCode.Manifests.Diagnostics;

/// <summary>
/// The user's line that set each init property of a record (by property name). Immutable, so a record copied with
/// <c>with</c> keeps its original's lines and adds its own. Where a value was written is not part of the record's
/// value: every instance equals every other, so the record's equality stays what its properties say.
/// </summary>
internal sealed class AssignmentSites : IEquatable<AssignmentSites>
{
    private readonly ImmutableDictionary<string, SourceLocation> sites;

    private AssignmentSites(ImmutableDictionary<string, SourceLocation> sites) => this.sites = sites;

    /// <summary>No property set by the user.</summary>
    public static AssignmentSites None { get; } = new(ImmutableDictionary.Create<string, SourceLocation>(StringComparer.Ordinal));

    /// <summary>
    /// These sites with <paramref name="property"/> set at <paramref name="at"/>; an unknown line (set by this library,
    /// or no symbols) forgets an earlier one, so the declaration's line stands.
    /// </summary>
    public AssignmentSites With(string property, SourceLocation at) =>
        new(at.IsKnown ? sites.SetItem(property, at) : sites.Remove(property));

    /// <summary>The line that set <paramref name="property"/>, or <see cref="SourceLocation.None"/>.</summary>
    public SourceLocation Of(string property) => sites.TryGetValue(property, out var at) ? at : SourceLocation.None;

    /// <inheritdoc />
    public bool Equals(AssignmentSites? other) => other is not null;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AssignmentSites;

    /// <inheritdoc />
    public override int GetHashCode() => 0;
}
