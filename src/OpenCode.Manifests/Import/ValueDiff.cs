using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Compares what the builder makes from handles with what the input says, property by property, by the YAML each
/// writes (strict scalar typing): the generated <c>Customize</c> escape hatches set exactly the properties that differ.
/// </summary>
internal static class ValueDiff
{
    public static bool Same(object? built, object? target)
    {
        if (built is null || target is null)
        {
            return built is null && target is null;
        }

        return YamlEquality.AreEqual(ValueNodes.Of(built), ValueNodes.Of(target));
    }

    /// <summary>The members of <paramref name="target"/>'s type whose values differ from <paramref name="built"/>'s.</summary>
    public static IReadOnlyList<WritableMember> DifferingMembers(object built, object target, params string[] except) =>
        CSharpValueWriter.WritableMembers(target.GetType())
            .Where(member => !except.Contains(member.Property.Name))
            .Where(member => !Same(member.Property.GetValue(built), member.Property.GetValue(target)))
            .ToList();
}
