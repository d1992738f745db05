using System.Collections;
using System.Collections.Generic;

namespace OpenCode.Manifests.Import;

/// <summary>
/// The value paths a read model kept in its <c>AdditionalValues</c> (keys its schema does not name). Comparing the
/// 4.x and 5.x readings of the same values finds the key that tells the two majors apart.
/// </summary>
internal static class UnknownKeys
{
    /// <summary>The paths (as <c>values.a.b[0].c</c>) of every key kept as extension data in <paramref name="model"/>.</summary>
    public static IReadOnlyList<string> Of(object model)
    {
        var found = new List<string>();
        Walk(model, ValuePath.Root, found);
        return found;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path == ancestor
        || (path.StartsWith(ancestor, System.StringComparison.Ordinal) && path.Length > ancestor.Length && path[ancestor.Length] is '.' or '[');

    private static void Walk(object? value, ValuePath path, List<string> found)
    {
        switch (value)
        {
            case null or string or System.ValueType:
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Value, path.Key((string)entry.Key), found);
                }

                return;
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i], path.Index(i), found);
                }

                return;
        }

        if (value.GetType().Namespace is not { } ns || !ns.StartsWith("OpenCode.Manifests.AppTemplate", System.StringComparison.Ordinal))
        {
            return; // runtime value types (FreeForm, Scalar, …) and Kubernetes types hold no extension data of the chart's schema
        }

        foreach (var member in CSharpValueWriter.WritableMembers(value.GetType()))
        {
            var memberValue = member.Property.GetValue(value);
            if (member.IsExtensionData)
            {
                if (memberValue is IDictionary extra)
                {
                    foreach (DictionaryEntry entry in extra)
                    {
                        found.Add(path.Key((string)entry.Key).ToString());
                    }
                }

                continue;
            }

            Walk(memberValue, member.YamlKey is null ? path : path.Key(member.YamlKey), found);
        }
    }
}
