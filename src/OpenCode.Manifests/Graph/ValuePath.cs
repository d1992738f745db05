using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// Where a value sits inside an object's YAML, as key and index steps (<c>controllers.app.containers.main.env.TZ</c>):
/// the key of the provenance map and the path shown in messages. Immutable; equal when the steps are equal.
/// </summary>
public sealed class ValuePath : IEquatable<ValuePath>
{
    private const char Separator = '\u0000';
    private readonly string[] steps;
    private readonly string key;

    private ValuePath(string[] steps)
    {
        this.steps = steps;
        key = string.Join(Separator.ToString(), steps);
    }

    /// <summary>The object itself.</summary>
    public static ValuePath Root { get; } = new(Array.Empty<string>());

    /// <summary>The steps, keys as written and indexes as <c>[n]</c>.</summary>
    public IReadOnlyList<string> Steps => steps;

    /// <summary>True for <see cref="Root"/>.</summary>
    public bool IsRoot => steps.Length == 0;

    /// <summary>The path one step up, or null for the root.</summary>
    public ValuePath? Parent => steps.Length == 0 ? null : new ValuePath(steps.AsSpan(0, steps.Length - 1).ToArray());

    /// <summary>The path of a path given as keys.</summary>
    public static ValuePath Of(params string[] keys) => new((string[])keys.Clone());

    /// <summary>The path of the value under <paramref name="key"/>.</summary>
    public ValuePath Key(string key) => new(Append(key));

    /// <summary>The path of the item at <paramref name="index"/>.</summary>
    public ValuePath Index(int index) => new(Append("[" + index.ToString(CultureInfo.InvariantCulture) + "]"));

    /// <summary>True when this path is <paramref name="other"/> or lies below it.</summary>
    public bool StartsWith(ValuePath other) =>
        other.steps.Length <= steps.Length && steps.AsSpan(0, other.steps.Length).SequenceEqual(other.steps);

    /// <inheritdoc />
    public bool Equals(ValuePath? other) => other is not null && key == other.key;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValuePath);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(key);

    /// <summary>The path as <c>a.b[2].c</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var step in steps)
        {
            if (text.Length > 0 && !step.StartsWith('['))
            {
                text.Append('.');
            }

            text.Append(step);
        }

        return text.ToString();
    }

    private string[] Append(string step)
    {
        var next = new string[steps.Length + 1];
        steps.CopyTo(next, 0);
        next[steps.Length] = step;
        return next;
    }
}
