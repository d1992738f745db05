using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>Where a value sits under <c>spec.values</c>: map keys and list indexes, used to point at its YAML line.</summary>
internal sealed class ValuePath
{
    private readonly IReadOnlyList<object> segments;

    private ValuePath(IReadOnlyList<object> segments) => this.segments = segments;

    /// <summary>The values root.</summary>
    public static ValuePath Root { get; } = new(Array.Empty<object>());

    /// <summary>The path of a map entry under this one.</summary>
    public ValuePath Key(string key) => new(segments.Append(key).ToList());

    /// <summary>The path of a list item under this one.</summary>
    public ValuePath Index(int index) => new(segments.Append(index).ToList());

    /// <summary>Reads back the text <see cref="ToString"/> wrote (<c>values.a.b[0].c</c>).</summary>
    public static ValuePath Parse(string text)
    {
        var path = Root;
        var rest = text.StartsWith("values", StringComparison.Ordinal) ? text.Substring("values".Length) : text;
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(rest, @"\.([^.\[]+)|\[(\d+)\]"))
        {
            path = match.Groups[1].Success
                ? path.Key(match.Groups[1].Value)
                : path.Index(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        }

        return path;
    }

    /// <summary>The node at this path in <paramref name="root"/>, or null.</summary>
    public YamlNode? Resolve(YamlNode root)
    {
        var current = root;
        foreach (var segment in segments)
        {
            switch (current, segment)
            {
                case (YamlMappingNode mapping, string key):
                    var entry = mapping.Children.FirstOrDefault(e => e.Key is YamlScalarNode k && k.Value == key);
                    if (entry.Value is null) return null;
                    current = entry.Value;
                    break;
                case (YamlSequenceNode sequence, int index) when index < sequence.Children.Count:
                    current = sequence.Children[index];
                    break;
                default:
                    return null;
            }
        }

        return current;
    }

    /// <summary>The key node of the last segment when it is a map key (its line is where the entry starts).</summary>
    public YamlNode? ResolveKey(YamlNode root)
    {
        if (segments.Count == 0 || segments[^1] is not string key)
        {
            return Resolve(root);
        }

        var parent = new ValuePath(segments.Take(segments.Count - 1).ToList()).Resolve(root);
        return parent is YamlMappingNode mapping
            ? mapping.Children.FirstOrDefault(e => e.Key is YamlScalarNode k && k.Value == key).Key
            : null;
    }

    /// <inheritdoc />
    public override string ToString() => segments.Count == 0
        ? "values"
        : "values" + string.Concat(segments.Select(s => s is int i ? "[" + i.ToString(CultureInfo.InvariantCulture) + "]" : "." + s));
}
