using System.Text;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// A schema value together with the document it sits in (so its own <c>$ref</c>s resolve relative to that
/// file) and its JSON pointer (which identifies it: a node reached twice becomes one generated type).
/// Builder-only: never part of a pipeline model.
/// </summary>
internal sealed class SchemaNode
{
    public SchemaNode(SchemaDocument document, JsonValue value, string pointer)
    {
        Document = document;
        Value = value;
        Pointer = pointer;
    }

    public SchemaDocument Document { get; }

    public JsonValue Value { get; }

    /// <summary>The node's JSON pointer, escaped (<c>/a~1b/0</c>); empty for the document root.</summary>
    public string Pointer { get; }

    public string Key => Document.NormalizedPath + "#" + Pointer;

    /// <summary>The last pointer token, unescaped: a definition's name.</summary>
    public string? LastToken
    {
        get
        {
            if (Pointer.Length == 0)
            {
                return null;
            }

            var slash = Pointer.LastIndexOf('/');
            return UnescapeToken(Pointer.Substring(slash + 1));
        }
    }

    public SchemaNode Child(string token, JsonValue value) => new(Document, value, Pointer + "/" + EscapeToken(token));

    public static string EscapeToken(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (c == '~')
            {
                builder.Append("~0");
            }
            else if (c == '/')
            {
                builder.Append("~1");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Order matters (RFC 6901): "~01" is "~1" literally, not "/".
    public static string UnescapeToken(string token) => token.Replace("~1", "/").Replace("~0", "~");
}
