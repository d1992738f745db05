using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// A value the schema allows to be one string or a list of strings (<c>command: sh</c> or
/// <c>command: [sh, -c]</c>). It remembers which, and is written back the same way. Immutable.
/// </summary>
public sealed class StringOrList : IEquatable<StringOrList>, IYamlModel<StringOrList>
{
    private readonly string[] _values;

    private StringOrList(string[] values, bool isList)
    {
        _values = values;
        IsList = isList;
    }

    /// <summary>Creates a single string.</summary>
    public static StringOrList FromString(string value) =>
        new([value ?? throw new ArgumentNullException(nameof(value))], isList: false);

    /// <summary>Creates a list (copied).</summary>
    public static StringOrList FromList(IEnumerable<string> values)
    {
        var copy = (values ?? throw new ArgumentNullException(nameof(values))).ToArray();
        if (copy.Any(value => value is null))
        {
            throw new ArgumentException("A list of strings cannot hold null.", nameof(values));
        }

        return new StringOrList(copy, isList: true);
    }

    /// <summary>True when the value was given as a list (even of one item).</summary>
    public bool IsList { get; }

    /// <summary>The single string, or <see langword="null"/> when the value is a list.</summary>
    public string? SingleValue => IsList ? null : _values[0];

    /// <summary>The strings: the single string as a one-item list, or the list.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>Converts a string (<see langword="null"/> stays null).</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public static implicit operator StringOrList?(string? value) => value is null ? null : FromString(value);

    /// <summary>Converts a list (<see langword="null"/> stays null).</summary>
    [return: NotNullIfNotNull(nameof(values))]
    public static implicit operator StringOrList?(string[]? values) => values is null ? null : FromList(values);

    /// <summary>Converts a list (<see langword="null"/> stays null).</summary>
    [return: NotNullIfNotNull(nameof(values))]
    public static implicit operator StringOrList?(List<string>? values) => values is null ? null : FromList(values);

    /// <summary>Equality: same form (string or list) and same strings in the same order.</summary>
    public static bool operator ==(StringOrList? left, StringOrList? right) => Equals(left, right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(StringOrList? left, StringOrList? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(StringOrList? other) =>
        other is not null && IsList == other.IsList && _values.SequenceEqual(other._values, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StringOrList);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(IsList);
        foreach (var value in _values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The single string, or the list as <c>[a, b]</c>.</summary>
    public override string ToString() => IsList ? "[" + string.Join(", ", _values) + "]" : _values[0];

    /// <summary>Reads a scalar as one string or a sequence of scalars as a list.</summary>
    public static StringOrList ReadYaml(YamlNode node, YamlPath path) => node switch
    {
        YamlScalarNode scalar when !YamlScalars.IsNull(node) => FromString(scalar.Value ?? string.Empty),
        YamlSequenceNode sequence => FromList(sequence.Children.Select((item, index) =>
            item is YamlScalarNode itemScalar && !YamlScalars.IsNull(item)
                ? itemScalar.Value ?? string.Empty
                : throw YamlRead.Expected(item, path.Index(index), "a string"))),
        _ => throw YamlRead.Expected(node, path, "a string or a list of strings"),
    };

    /// <summary>Writes the string, or the list as a sequence of strings.</summary>
    public void WriteYaml(YamlWriter writer)
    {
        if (!IsList)
        {
            writer.String(_values[0]);
            return;
        }

        writer.BeginSequence();
        foreach (var value in _values)
        {
            writer.String(value);
        }

        writer.EndSequence();
    }
}
