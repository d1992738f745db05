using System;
using System.Collections.Generic;

namespace OpenCode.Manifests.Generators.ValuesSchema.Json;

internal enum JsonKind
{
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object,
}

/// <summary>One property of a JSON object, with the span of its key (diagnostics point at keys).</summary>
internal sealed record JsonProperty(string Name, JsonValue Value, SourceSpan NameSpan);

/// <summary>
/// An immutable, value-equal JSON tree node that remembers where it came from. <see cref="Text"/> holds the
/// decoded string or the number's literal text verbatim.
/// </summary>
internal sealed record JsonValue(
    JsonKind Kind,
    string? Text,
    EquatableArray<JsonProperty> Properties,
    EquatableArray<JsonValue> Items,
    SourceSpan Span)
{
    public bool IsObject => Kind == JsonKind.Object;

    public bool IsArray => Kind == JsonKind.Array;

    public bool IsString => Kind == JsonKind.String;

    public bool IsBoolean => Kind is JsonKind.True or JsonKind.False;

    public JsonValue? this[string name] => TryGetProperty(name);

    public JsonValue? TryGetProperty(string name)
    {
        if (Kind != JsonKind.Object)
        {
            return null;
        }

        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property.Value;
            }
        }

        return null;
    }

    public bool Has(string name) => TryGetProperty(name) is not null;

    public string? GetString(string name) => TryGetProperty(name) is { Kind: JsonKind.String } value ? value.Text : null;

    public IEnumerable<JsonValue> EnumerateItems() => Items;

    /// <summary>Compact JSON text of this value, for defaults shown in XML docs.</summary>
    public string ToCompactJson()
    {
        var builder = new System.Text.StringBuilder();
        Write(builder, this);
        return builder.ToString();
    }

    private static void Write(System.Text.StringBuilder builder, JsonValue value)
    {
        switch (value.Kind)
        {
            case JsonKind.Null:
                builder.Append("null");
                break;
            case JsonKind.True:
                builder.Append("true");
                break;
            case JsonKind.False:
                builder.Append("false");
                break;
            case JsonKind.Number:
                builder.Append(value.Text);
                break;
            case JsonKind.String:
                WriteString(builder, value.Text ?? string.Empty);
                break;
            case JsonKind.Array:
                builder.Append('[');
                for (var i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, value.Items[i]);
                }

                builder.Append(']');
                break;
            case JsonKind.Object:
                builder.Append('{');
                for (var i = 0; i < value.Properties.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    WriteString(builder, value.Properties[i].Name);
                    builder.Append(": ");
                    Write(builder, value.Properties[i].Value);
                }

                builder.Append('}');
                break;
        }
    }

    private static void WriteString(System.Text.StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
