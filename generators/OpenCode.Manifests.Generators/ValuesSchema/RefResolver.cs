using System;
using System.Collections.Generic;
using System.Globalization;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// Resolves <c>$ref</c> values (<c>other.json#/a/b</c>, <c>#/definitions/x</c>, <c>#/$defs/x</c>) against the
/// schema items of the compilation. File parts are relative to the referring file.
/// </summary>
internal sealed class RefResolver
{
    private readonly Dictionary<string, SchemaDocument> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaDocument> _byPathIgnoreCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SchemaDocument> _byId = new(StringComparer.Ordinal);

    public RefResolver(IEnumerable<SchemaDocument> documents)
    {
        foreach (var document in documents)
        {
            if (!_byPath.ContainsKey(document.NormalizedPath))
            {
                _byPath[document.NormalizedPath] = document;
            }

            if (!_byPathIgnoreCase.ContainsKey(document.NormalizedPath))
            {
                _byPathIgnoreCase[document.NormalizedPath] = document;
            }

            if (document.Root?.GetString("$id") is { Length: > 0 } id && !_byId.ContainsKey(id))
            {
                _byId[id] = document;
            }
        }
    }

    public bool TryResolve(SchemaNode from, string reference, out SchemaNode? target, out string error)
    {
        target = null;
        var hash = reference.IndexOf('#');
        var filePart = hash < 0 ? reference : reference.Substring(0, hash);
        var fragment = hash < 0 ? string.Empty : reference.Substring(hash + 1);

        SchemaDocument document;
        if (filePart.Length == 0)
        {
            document = from.Document;
        }
        else if (!TryFindDocument(from.Document.NormalizedPath, filePart, out document!, out error))
        {
            return false;
        }

        if (document.Root is null)
        {
            error = "'" + document.FileName + "' is not valid JSON";
            return false;
        }

        try
        {
            fragment = Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            // Keep the fragment as written; a bad escape just fails to match below.
        }

        if (fragment.Length > 0 && fragment[0] != '/')
        {
            error = "only JSON pointer fragments (#/...) are supported, not anchors";
            return false;
        }

        var node = new SchemaNode(document, document.Root, string.Empty);
        if (fragment.Length > 0)
        {
            foreach (var rawToken in fragment.Substring(1).Split('/'))
            {
                var token = SchemaNode.UnescapeToken(rawToken);
                JsonValue? next = null;
                if (node.Value.IsObject)
                {
                    next = node.Value.TryGetProperty(token);
                }
                else if (node.Value.IsArray
                    && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < node.Value.Items.Count)
                {
                    next = node.Value.Items[index];
                }

                if (next is null)
                {
                    error = "'" + document.FileName + "' has nothing at '" + token + "' of '#" + fragment + "'";
                    return false;
                }

                node = node.Child(token, next);
            }
        }

        target = node;
        error = string.Empty;
        return true;
    }

    private bool TryFindDocument(string fromPath, string filePart, out SchemaDocument? document, out string error)
    {
        error = string.Empty;
        if (_byId.TryGetValue(filePart, out document))
        {
            return true;
        }

        if (filePart.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            error = "no schema item has the $id '" + filePart + "' (URLs are never fetched)";
            return false;
        }

        var path = SchemaPaths.Combine(SchemaPaths.Directory(fromPath), filePart);
        if (_byPath.TryGetValue(path, out document) || _byPathIgnoreCase.TryGetValue(path, out document))
        {
            return true;
        }

        error = "no ChartValuesSchema item has the path '" + path + "'";
        return false;
    }
}

/// <summary>Pure string path arithmetic (the generator must not touch the file system).</summary>
internal static class SchemaPaths
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join("/", parts.ToArray());
        return rooted ? "/" + joined : joined;
    }

    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    public static string Combine(string directory, string relative)
    {
        var unified = relative.Replace('\\', '/');
        if (unified.StartsWith("/", StringComparison.Ordinal) || (unified.Length > 1 && unified[1] == ':'))
        {
            return Normalize(unified);
        }

        return Normalize(directory.Length == 0 ? unified : directory + "/" + unified);
    }
}
