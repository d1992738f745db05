using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// The writing half of the generated serializers: collections, models and the extension data of open objects.
/// Null items of lists and null values of maps are written as <c>null</c> (in a collection the entry is data).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class YamlWrite
{
    /// <summary>Writes any model value (a constrained call: value types are not boxed).</summary>
    public static void Model<T>(YamlWriter writer, T value)
        where T : IYamlWritable => value.WriteYaml(writer);

    /// <summary>Writes a list, or <c>null</c> for a null list.</summary>
    public static void List<T>(YamlWriter writer, IEnumerable<T>? items, Action<YamlWriter, T> item)
    {
        if (items is null)
        {
            writer.Null();
            return;
        }

        writer.BeginSequence();
        foreach (var value in items)
        {
            if (value is null)
            {
                writer.Null();
            }
            else
            {
                item(writer, value);
            }
        }

        writer.EndSequence();
    }

    /// <summary>Writes a dictionary as a mapping in its enumeration (insertion) order.</summary>
    public static void Map<T>(YamlWriter writer, IEnumerable<KeyValuePair<string, T>>? entries, Action<YamlWriter, T> value)
    {
        if (entries is null)
        {
            writer.Null();
            return;
        }

        writer.BeginMapping();
        foreach (var entry in entries)
        {
            writer.Key(entry.Key);
            if (entry.Value is null)
            {
                writer.Null();
            }
            else
            {
                value(writer, entry.Value);
            }
        }

        writer.EndMapping();
    }

    /// <summary>Writes the extra keys of an open object after its declared properties.</summary>
    /// <exception cref="InvalidOperationException">An extra key is one of the declared keys.</exception>
    public static void Extension(YamlWriter writer, Dictionary<string, FreeForm>? extra, ISet<string> declaredKeys, string typeName)
    {
        if (extra is null)
        {
            return;
        }

        foreach (var entry in extra)
        {
            if (declaredKeys.Contains(entry.Key))
            {
                throw new InvalidOperationException(
                    $"'{entry.Key}' is a declared key of {typeName}; set the property instead of extension data.");
            }

            writer.Key(entry.Key);
            if (entry.Value is null)
            {
                writer.Null();
            }
            else
            {
                entry.Value.WriteYaml(writer);
            }
        }
    }
}
