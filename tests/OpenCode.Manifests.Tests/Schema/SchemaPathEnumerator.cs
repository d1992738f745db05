using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Tests.Schema;

/// <summary>The JSON kinds a schema node (or a C# property) can hold.</summary>
[Flags]
internal enum ValueKinds
{
    None = 0,
    String = 1,
    Integer = 2,
    Number = 4,
    Boolean = 8,
    Object = 16,
    Array = 32,
    Null = 64,

    /// <summary>No constraint (<c>{}</c> in a schema, <c>FreeForm</c> in the model).</summary>
    Any = 128,
}

internal static class ValueKindsExtensions
{
    private static readonly ValueKinds[] Concrete =
    {
        ValueKinds.String, ValueKinds.Integer, ValueKinds.Number, ValueKinds.Boolean, ValueKinds.Object, ValueKinds.Array,
    };

    /// <summary>
    /// Loose compatibility: every concrete kind upstream allows must be accepted by ours. <c>null</c> and "any" upstream
    /// are ignored; integer and number are treated as interchangeable.
    /// </summary>
    public static bool Accepts(this ValueKinds ours, ValueKinds upstream)
    {
        if ((ours & ValueKinds.Any) != 0)
        {
            return true;
        }

        foreach (var kind in Concrete)
        {
            if ((upstream & kind) == 0 || (ours & kind) != 0)
            {
                continue;
            }

            if (kind == ValueKinds.Number && (ours & ValueKinds.Integer) != 0)
            {
                continue;
            }

            if (kind == ValueKinds.Integer && (ours & ValueKinds.Number) != 0)
            {
                continue;
            }

            return false;
        }

        return true;
    }

    public static string Describe(this ValueKinds kinds)
    {
        if (kinds == ValueKinds.None)
        {
            return "none";
        }

        return string.Join("|", Enum.GetValues<ValueKinds>()
            .Where(k => k != ValueKinds.None && (kinds & k) != 0)
            .Select(k => k.ToString().ToLowerInvariant()));
    }
}

/// <summary>Property paths: names joined by '.', <c>*</c> for a map value, <c>[]</c> for an array item.</summary>
internal static class SchemaPaths
{
    public const string MapValue = "*";
    public const string ArrayItem = "[]";

    public static string Join(IReadOnlyList<string> segments)
    {
        var sb = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment != ArrayItem && sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(segment);
        }

        return sb.ToString();
    }

    public static IReadOnlyList<string> Split(string path)
    {
        var segments = new List<string>();
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var arrays = 0;
            while (name.EndsWith(ArrayItem, StringComparison.Ordinal))
            {
                name = name[..^ArrayItem.Length];
                arrays++;
            }

            segments.Add(name);
            for (var i = 0; i < arrays; i++)
            {
                segments.Add(ArrayItem);
            }
        }

        return segments;
    }
}

/// <summary>
/// Loads schema files once and resolves <c>$ref</c>s. A file reference resolves against the referring file's base URI
/// when the files were registered with <see cref="RegisterFolder"/> (its own <c>$id</c>, else the root's <c>$id</c>
/// base plus its path below the root's folder: draft 2020-12 schemas, where every file carries a versioned
/// <c>$id</c>, and draft-07 ones, where only the root does); otherwise, and as a fallback, against the referring
/// file's folder.
/// </summary>
internal sealed class SchemaFiles
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<string, JsonNode> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fileByUri = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Uri> _baseUriByFile = new(StringComparer.Ordinal);

    public JsonNode Load(string path)
    {
        path = Path.GetFullPath(path);
        if (!_cache.TryGetValue(path, out var node))
        {
            node = JsonNode.Parse(File.ReadAllText(path), documentOptions: DocumentOptions)
                   ?? throw new InvalidOperationException($"Schema file {path} is empty.");
            _cache[path] = node;
        }

        return node;
    }

    /// <summary>
    /// Registers every <c>*.json</c> file in the folder of <paramref name="rootSchemaFile"/> (and below it) under its
    /// own <c>$id</c> and under the root's <c>$id</c> base plus its relative path, as a validator given the
    /// folder would.
    /// </summary>
    public void RegisterFolder(string rootSchemaFile)
    {
        rootSchemaFile = Path.GetFullPath(rootSchemaFile);
        var folder = Path.GetDirectoryName(rootSchemaFile)!;
        var rootBase = IdOf(Load(rootSchemaFile)) ?? new Uri(rootSchemaFile);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
                     .Select(Path.GetFullPath)
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            var retrieval = new Uri(rootBase, relative);
            _fileByUri.TryAdd(Key(retrieval), file);
            var id = IdOf(Load(file));
            if (id is not null)
            {
                _fileByUri.TryAdd(Key(id), file);
            }

            _baseUriByFile[file] = id ?? retrieval;
        }
    }

    public (JsonNode Node, string File) Resolve(string reference, string currentFile)
    {
        var hash = reference.IndexOf('#');
        var filePart = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? string.Empty : reference[(hash + 1)..];
        var file = filePart.Length == 0
            ? currentFile
            : ResolveByUri(filePart, currentFile)
              ?? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(currentFile)!, filePart));

        var node = Load(file);
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal)
                .Replace("~0", "~", StringComparison.Ordinal);
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(part, out var child) || child is null)
            {
                throw new InvalidOperationException($"Cannot resolve $ref '{reference}' from {currentFile}.");
            }

            node = child;
        }

        return (node, file);
    }

    private string? ResolveByUri(string filePart, string currentFile)
    {
        Uri target;
        if (Uri.TryCreate(filePart, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            target = absolute;
        }
        else if (_baseUriByFile.TryGetValue(Path.GetFullPath(currentFile), out var baseUri))
        {
            target = new Uri(baseUri, filePart);
        }
        else
        {
            return null;
        }

        return _fileByUri.TryGetValue(Key(target), out var file) ? file : null;
    }

    private static Uri? IdOf(JsonNode node) =>
        node is JsonObject obj && SchemaPathEnumerator.TryGetString(obj, "$id", out var id)
                               && Uri.TryCreate(id, UriKind.Absolute, out var uri)
            ? uri
            : null;

    private static string Key(Uri uri) => uri.GetLeftPart(UriPartial.Query);
}

/// <summary>One concrete piece of a schema after <c>$ref</c>/<c>allOf</c>/<c>oneOf</c>/<c>anyOf</c> are flattened.</summary>
internal readonly record struct SchemaFacet(JsonObject Node, string File);

/// <summary>
/// Enumerates every property path of a JSON schema, with the kinds allowed at each path. Reads draft-07
/// (<c>definitions</c>, <c>dependencies</c>) and draft 2020-12 (<c>$defs</c>, <c>$id</c>-relative file refs,
/// <c>unevaluatedProperties</c>, <c>dependentSchemas</c>): the properties of every <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>
/// branch, <c>then</c>/<c>else</c> part and dependent schema count as properties of the object (that is
/// what <c>unevaluatedProperties: false</c> lets through), and an <c>unevaluatedProperties</c> schema counts as
/// the value schema of a map, like <c>additionalProperties</c>. <c>not</c> only forbids, so it adds nothing.
/// </summary>
internal static class SchemaPathEnumerator
{
    private const int MaxRefDepth = 24;
    private static readonly string[] Combinators = { "allOf", "oneOf", "anyOf" };
    private static readonly string[] Conditionals = { "then", "else" };
    private static readonly string[] DependentSchemaKeywords = { "dependentSchemas", "dependencies" };

    public static SortedDictionary<string, ValueKinds> Enumerate(string rootSchemaFile, int maxDepth = 40)
    {
        var files = new SchemaFiles();
        var rootFile = Path.GetFullPath(rootSchemaFile);
        files.RegisterFolder(rootFile);
        var result = new SortedDictionary<string, ValueKinds>(StringComparer.Ordinal);
        Walk(files, new List<string>(), Facets(files, files.Load(rootFile), rootFile), result, maxDepth);
        return result;
    }

    /// <summary>Flattens a node into its own facet plus the facets of its <c>$ref</c> target and combinator branches.</summary>
    public static List<SchemaFacet> Facets(SchemaFiles files, JsonNode? node, string file)
    {
        var result = new List<SchemaFacet>();
        Collect(files, node, file, 0, result);
        return result;
    }

    private static void Collect(SchemaFiles files, JsonNode? node, string file, int depth, List<SchemaFacet> result)
    {
        if (node is not JsonObject obj || depth > MaxRefDepth)
        {
            return;
        }

        result.Add(new SchemaFacet(obj, file));
        if (TryGetString(obj, "$ref", out var reference))
        {
            var (target, targetFile) = files.Resolve(reference, file);
            Collect(files, target, targetFile, depth + 1, result);
        }

        foreach (var key in Combinators)
        {
            if (obj[key] is JsonArray branches)
            {
                foreach (var branch in branches)
                {
                    Collect(files, branch, file, depth + 1, result);
                }
            }
        }

        foreach (var key in Conditionals)
        {
            Collect(files, obj[key], file, depth + 1, result);
        }

        foreach (var key in DependentSchemaKeywords)
        {
            if (obj[key] is JsonObject dependents)
            {
                // draft-07 'dependencies' may also map to a list of property names (no schema).
                foreach (var (_, dependent) in dependents)
                {
                    Collect(files, dependent, file, depth + 1, result);
                }
            }
        }
    }

    /// <summary>The kinds a single facet declares (type, else const/enum, else implied by properties/items).</summary>
    public static ValueKinds KindsOf(JsonObject facet)
    {
        var kinds = ValueKinds.None;
        switch (facet["type"])
        {
            case JsonValue single when single.TryGetValue<string>(out var name):
                kinds |= FromTypeName(name);
                break;
            case JsonArray names:
                foreach (var n in names)
                {
                    if (n is JsonValue v && v.TryGetValue<string>(out var typeName))
                    {
                        kinds |= FromTypeName(typeName);
                    }
                }

                break;
        }

        if (kinds == ValueKinds.None && facet.TryGetPropertyValue("const", out var constant))
        {
            kinds |= FromValue(constant);
        }

        if (kinds == ValueKinds.None && facet["enum"] is JsonArray values)
        {
            foreach (var value in values)
            {
                kinds |= FromValue(value);
            }
        }

        if (kinds == ValueKinds.None && (facet["properties"] is JsonObject || facet["additionalProperties"] is JsonObject
                                         || facet["unevaluatedProperties"] is JsonObject))
        {
            kinds |= ValueKinds.Object;
        }

        if (kinds == ValueKinds.None && facet["items"] is JsonObject)
        {
            kinds |= ValueKinds.Array;
        }

        return kinds;
    }

    public static bool TryGetString(JsonObject obj, string key, out string value)
    {
        if (obj[key] is JsonValue v && v.TryGetValue<string>(out var s))
        {
            value = s;
            return true;
        }

        value = string.Empty;
        return false;
    }

    private static void Walk(
        SchemaFiles files,
        List<string> segments,
        List<SchemaFacet> facets,
        SortedDictionary<string, ValueKinds> result,
        int maxDepth)
    {
        if (segments.Count > 0)
        {
            var kinds = facets.Aggregate(ValueKinds.None, (k, f) => k | KindsOf(f.Node));
            var key = SchemaPaths.Join(segments);
            result[key] = (result.TryGetValue(key, out var previous) ? previous : ValueKinds.None)
                          | (kinds == ValueKinds.None ? ValueKinds.Any : kinds);
        }

        if (segments.Count >= maxDepth)
        {
            return;
        }

        var propertyOrder = new List<string>();
        var properties = new Dictionary<string, List<SchemaFacet>>(StringComparer.Ordinal);
        var mapValues = new List<SchemaFacet>();
        var items = new List<SchemaFacet>();
        foreach (var facet in facets)
        {
            if (facet.Node["properties"] is JsonObject props)
            {
                foreach (var (name, sub) in props)
                {
                    if (!properties.TryGetValue(name, out var list))
                    {
                        properties[name] = list = new List<SchemaFacet>();
                        propertyOrder.Add(name);
                    }

                    list.AddRange(Facets(files, sub, facet.File));
                }
            }

            if (facet.Node["additionalProperties"] is JsonObject additional)
            {
                mapValues.AddRange(Facets(files, additional, facet.File));
            }

            if (facet.Node["unevaluatedProperties"] is JsonObject unevaluated)
            {
                mapValues.AddRange(Facets(files, unevaluated, facet.File));
            }

            if (facet.Node["items"] is JsonObject itemSchema)
            {
                items.AddRange(Facets(files, itemSchema, facet.File));
            }
        }

        foreach (var name in propertyOrder)
        {
            Descend(name, properties[name]);
        }

        if (mapValues.Count > 0)
        {
            Descend(SchemaPaths.MapValue, mapValues);
        }

        if (items.Count > 0)
        {
            Descend(SchemaPaths.ArrayItem, items);
        }

        void Descend(string segment, List<SchemaFacet> childFacets)
        {
            segments.Add(segment);
            Walk(files, segments, childFacets, result, maxDepth);
            segments.RemoveAt(segments.Count - 1);
        }
    }

    private static ValueKinds FromTypeName(string name) => name switch
    {
        "string" => ValueKinds.String,
        "integer" => ValueKinds.Integer,
        "number" => ValueKinds.Number,
        "boolean" => ValueKinds.Boolean,
        "object" => ValueKinds.Object,
        "array" => ValueKinds.Array,
        "null" => ValueKinds.Null,
        _ => ValueKinds.Any,
    };

    private static ValueKinds FromValue(JsonNode? value)
    {
        if (value is null)
        {
            return ValueKinds.Null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => ValueKinds.String,
            JsonValueKind.Number => value.AsValue().TryGetValue<long>(out _) ? ValueKinds.Integer : ValueKinds.Number,
            JsonValueKind.True or JsonValueKind.False => ValueKinds.Boolean,
            JsonValueKind.Object => ValueKinds.Object,
            JsonValueKind.Array => ValueKinds.Array,
            JsonValueKind.Null => ValueKinds.Null,
            _ => ValueKinds.Any,
        };
    }
}

/// <summary>A position reached by following a property path, in a C# model or in a schema.</summary>
internal abstract class PathCursor
{
    public abstract ValueKinds Kinds { get; }

    public virtual bool IsFreeForm => false;

    public abstract IEnumerable<PathCursor> Step(string segment);

    /// <summary>
    /// Follows <paramref name="segments"/> from <paramref name="start"/>. Returns null when the path does not exist;
    /// stops early (with <paramref name="viaFreeForm"/> set) at a free-form position, which covers everything below it.
    /// </summary>
    public static IReadOnlyList<PathCursor>? Resolve(
        IEnumerable<PathCursor> start, IReadOnlyList<string> segments, out bool viaFreeForm)
    {
        var current = start.ToList();
        viaFreeForm = false;
        foreach (var segment in segments)
        {
            if (current.Any(c => c.IsFreeForm))
            {
                viaFreeForm = true;
                return current.Where(c => c.IsFreeForm).ToList();
            }

            current = current.SelectMany(c => c.Step(segment)).ToList();
            if (current.Count == 0)
            {
                return null;
            }
        }

        viaFreeForm = current.Any(c => c.IsFreeForm);
        return current;
    }
}

/// <summary>Classifies CLR types of the generated model, the runtime value types and the Kubernetes types.</summary>
internal static class ModelTypes
{
    private const string ValuesNamespace = "OpenCode.Manifests.Values.";
    public const string FreeFormTypeName = ValuesNamespace + "FreeForm";

    private static readonly Dictionary<string, ValueKinds> LeafTypes = new(StringComparer.Ordinal)
    {
        [FreeFormTypeName] = ValueKinds.Any,
        [ValuesNamespace + "StringOrList"] = ValueKinds.String | ValueKinds.Array,
        [ValuesNamespace + "IntegerOrString"] = ValueKinds.Integer | ValueKinds.String,
        [ValuesNamespace + "Scalar"] = ValueKinds.String | ValueKinds.Number | ValueKinds.Integer | ValueKinds.Boolean,
        [ValuesNamespace + "Integer"] = ValueKinds.Integer,
        [ValuesNamespace + "Number"] = ValueKinds.Number,
        [ValuesNamespace + "Flag"] = ValueKinds.Boolean,
        ["OpenCode.Manifests.Kubernetes.ResourceQuantity"] = ValueKinds.String | ValueKinds.Number | ValueKinds.Integer,
    };

    public static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static bool IsFreeForm(Type type) => Unwrap(type).FullName == FreeFormTypeName;

    public static bool IsStringOrList(Type type) => Unwrap(type).FullName == ValuesNamespace + "StringOrList";

    public static bool IsLeaf(Type type)
    {
        type = Unwrap(type);
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
               || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(object)
               || (type.FullName is { } name && LeafTypes.ContainsKey(name));
    }

    public static ValueKinds KindsOf(Type type)
    {
        type = Unwrap(type);
        if (type.FullName is { } name && LeafTypes.TryGetValue(name, out var leaf))
        {
            return leaf;
        }

        if (type == typeof(string) || type.IsEnum || type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return ValueKinds.String;
        }

        if (type == typeof(bool))
        {
            return ValueKinds.Boolean;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
            || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte))
        {
            return ValueKinds.Integer;
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return ValueKinds.Number;
        }

        if (type == typeof(object))
        {
            return ValueKinds.Any;
        }

        if (DictionaryValueType(type) is not null)
        {
            return ValueKinds.Object;
        }

        return ListElementType(type) is not null ? ValueKinds.Array : ValueKinds.Object;
    }

    /// <summary>The value type of a <c>Dictionary&lt;string, T&gt;</c> / <c>IDictionary&lt;string, T&gt;</c>.</summary>
    public static Type? DictionaryValueType(Type type)
    {
        type = Unwrap(type);
        if (IsLeaf(type))
        {
            return null;
        }

        foreach (var candidate in SelfAndInterfaces(type))
        {
            if (!candidate.IsGenericType)
            {
                continue;
            }

            var definition = candidate.GetGenericTypeDefinition();
            if ((definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)
                                                      || definition == typeof(Dictionary<,>))
                && candidate.GetGenericArguments()[0] == typeof(string))
            {
                return candidate.GetGenericArguments()[1];
            }
        }

        return null;
    }

    /// <summary>The item type of a <c>List&lt;T&gt;</c> / <c>IList&lt;T&gt;</c> / array.</summary>
    public static Type? ListElementType(Type type)
    {
        type = Unwrap(type);
        if (IsLeaf(type) || DictionaryValueType(type) is not null)
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        foreach (var candidate in SelfAndInterfaces(type))
        {
            if (!candidate.IsGenericType)
            {
                continue;
            }

            var definition = candidate.GetGenericTypeDefinition();
            if (definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(ICollection<>) || definition == typeof(IEnumerable<>))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        return null;
    }

    /// <summary>The YAML key of a property: the generator's <c>[YamlKey]</c> metadata.</summary>
    public static string? KeyOf(PropertyInfo property)
    {
        if (property.GetCustomAttribute<YamlExtensionDataAttribute>() is not null)
        {
            return null;
        }

        return property.GetCustomAttribute<YamlKeyAttribute>()?.Name;
    }

    public static PropertyInfo? FindProperty(Type type, string key) =>
        Unwrap(type).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => string.Equals(KeyOf(p), key, StringComparison.Ordinal));

    /// <summary>
    /// The concrete shapes behind a type: a <c>[YamlUnion]</c> record expands to its variants and a
    /// <c>[YamlWrappedVariant]</c> record to the type of its <c>Value</c> property.
    /// </summary>
    public static IEnumerable<Type> Expand(Type type, int depth = 0)
    {
        type = Unwrap(type);
        if (depth > 16)
        {
            yield break;
        }

        var union = type.GetCustomAttribute<YamlUnionAttribute>(inherit: false);
        if (union is not null)
        {
            foreach (var variant in union.Variants)
            {
                foreach (var expanded in Expand(variant, depth + 1))
                {
                    yield return expanded;
                }
            }

            yield break;
        }

        if (type.GetCustomAttribute<YamlWrappedVariantAttribute>(inherit: false) is not null
            && type.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance) is { } value)
        {
            foreach (var expanded in Expand(value.PropertyType, depth + 1))
            {
                yield return expanded;
            }

            yield break;
        }

        yield return type;
    }

    private static IEnumerable<Type> SelfAndInterfaces(Type type)
    {
        yield return type;
        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }
    }
}

/// <summary>A position in the generated C# model (or in a KubernetesClient model).</summary>
internal sealed class TypeCursor : PathCursor
{
    private TypeCursor(Type type) => Type = type;

    public Type Type { get; }

    public override ValueKinds Kinds => ModelTypes.KindsOf(Type);

    public override bool IsFreeForm => ModelTypes.IsFreeForm(Type);

    public static IEnumerable<PathCursor> For(Type type) => ModelTypes.Expand(type).Select(t => new TypeCursor(t));

    public override IEnumerable<PathCursor> Step(string segment)
    {
        switch (segment)
        {
            case SchemaPaths.MapValue:
                return ModelTypes.DictionaryValueType(Type) is { } value ? For(value) : Array.Empty<PathCursor>();
            case SchemaPaths.ArrayItem:
                if (ModelTypes.IsStringOrList(Type))
                {
                    return For(typeof(string));
                }

                return ModelTypes.ListElementType(Type) is { } item ? For(item) : Array.Empty<PathCursor>();
            default:
                if (ModelTypes.IsLeaf(Type) || ModelTypes.DictionaryValueType(Type) is not null
                                            || ModelTypes.ListElementType(Type) is not null)
                {
                    return Array.Empty<PathCursor>();
                }

                return ModelTypes.FindProperty(Type, segment) is { } property
                    ? For(property.PropertyType)
                    : Array.Empty<PathCursor>();
        }
    }

    public override string ToString() => Type.FullName ?? Type.Name;
}

/// <summary>
/// A position in our own values schema. Definitions carrying <c>x-kubernetes-model</c> continue as
/// <see cref="TypeCursor"/>s over the named KubernetesClient model, the same type the generator maps them to.
/// </summary>
internal sealed class SchemaCursor : PathCursor
{
    private static readonly HashSet<string> AnnotationKeys = new(StringComparer.Ordinal)
    {
        "description", "title", "default", "examples", "deprecated", "$comment",
    };

    private static readonly string[] Combinators = { "allOf", "oneOf", "anyOf" };

    private readonly SchemaFiles _files;
    private readonly JsonObject _node;
    private readonly string _file;
    private readonly Func<string, Type?> _kubernetesModel;

    private SchemaCursor(SchemaFiles files, JsonObject node, string file, Func<string, Type?> kubernetesModel)
    {
        _files = files;
        _node = node;
        _file = file;
        _kubernetesModel = kubernetesModel;
    }

    public override ValueKinds Kinds => IsFreeForm ? ValueKinds.Any : SchemaPathEnumerator.KindsOf(_node);

    public override bool IsFreeForm => IsFreeFormNode(_node);

    /// <summary>An array whose items the schema leaves open (<c>type: array</c> without <c>items</c>).</summary>
    public bool IsUntypedArray =>
        SchemaPathEnumerator.TryGetString(_node, "type", out var type) && type == "array" && _node["items"] is null;

    public static IEnumerable<PathCursor> For(
        SchemaFiles files, JsonNode? node, string file, Func<string, Type?> kubernetesModel, int depth = 0)
    {
        if (node is not JsonObject obj || depth > 24)
        {
            yield break;
        }

        if (SchemaPathEnumerator.TryGetString(obj, "$ref", out var reference))
        {
            var (target, targetFile) = files.Resolve(reference, file);
            foreach (var cursor in For(files, target, targetFile, kubernetesModel, depth + 1))
            {
                yield return cursor;
            }
        }

        foreach (var key in Combinators)
        {
            if (obj[key] is JsonArray branches)
            {
                foreach (var branch in branches)
                {
                    foreach (var cursor in For(files, branch, file, kubernetesModel, depth + 1))
                    {
                        yield return cursor;
                    }
                }
            }
        }

        if (SchemaPathEnumerator.TryGetString(obj, "x-kubernetes-model", out var model))
        {
            var type = kubernetesModel(model)
                       ?? throw new InvalidOperationException(
                           $"x-kubernetes-model '{model}' in {file} ({obj.GetPath()}) is not a KubernetesClient model.");
            foreach (var cursor in TypeCursor.For(type))
            {
                yield return cursor;
            }

            yield break;
        }

        yield return new SchemaCursor(files, obj, file, kubernetesModel);
    }

    public override IEnumerable<PathCursor> Step(string segment)
    {
        var child = segment switch
        {
            SchemaPaths.MapValue => _node["additionalProperties"] as JsonObject,
            SchemaPaths.ArrayItem => _node["items"] as JsonObject,
            _ => (_node["properties"] as JsonObject)?[segment],
        };
        return child is null ? Array.Empty<PathCursor>() : For(_files, child, _file, _kubernetesModel);
    }

    public override string ToString() => $"{Path.GetFileName(_file)}:{_node.GetPath()}";

    private static bool IsFreeFormNode(JsonObject node)
    {
        if (node.All(p => AnnotationKeys.Contains(p.Key)))
        {
            return true;
        }

        var typeIsObject = SchemaPathEnumerator.TryGetString(node, "type", out var type) && type == "object";
        return typeIsObject
               && node["properties"] is null
               && node["additionalProperties"] is not JsonObject
               && node["$ref"] is null && node["allOf"] is null && node["oneOf"] is null && node["anyOf"] is null
               && node["x-kubernetes-model"] is null;
    }
}

/// <summary>Result of checking every upstream path against a model or schema.</summary>
internal sealed record SchemaCoverageReport(
    int Total,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> CoveredByFreeForm)
{
    public int Covered => Total - Misses.Count;

    public double Percent => Total == 0 ? 100.0 : 100.0 * Covered / Total;
}

internal static class SchemaCoverage
{
    public static SchemaCoverageReport Check(
        IReadOnlyDictionary<string, ValueKinds> upstream, Func<IEnumerable<PathCursor>> start)
    {
        var misses = new List<string>();
        var viaFreeForm = new List<string>();
        foreach (var (path, upstreamKinds) in upstream)
        {
            var cursors = PathCursor.Resolve(start(), SchemaPaths.Split(path), out var freeForm);
            if (cursors is null)
            {
                misses.Add($"MISSING {path} (upstream: {upstreamKinds.Describe()})");
                continue;
            }

            if (freeForm)
            {
                viaFreeForm.Add(path);
                continue;
            }

            var ours = cursors.Aggregate(ValueKinds.None, (k, c) => k | c.Kinds);
            if (!ours.Accepts(upstreamKinds))
            {
                misses.Add($"TYPE    {path} (upstream: {upstreamKinds.Describe()}, ours: {ours.Describe()}; "
                           + string.Join(", ", cursors.Select(c => c.ToString())) + ")");
            }
        }

        return new SchemaCoverageReport(upstream.Count, misses, viaFreeForm);
    }
}

/// <summary>Lists the <c>FreeForm</c> properties reachable from a generated root type (distinct per declaring property).</summary>
internal static class FreeFormFields
{
    public static IReadOnlyList<string> Find(Type root, out IReadOnlyList<string> extensionData)
    {
        var found = new List<string>();
        var extensions = new List<string>();
        var visited = new HashSet<Type>();
        var queue = new Queue<(Type Type, string Path)>();
        Enqueue(root, string.Empty);

        while (queue.Count > 0)
        {
            var (type, path) = queue.Dequeue();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<YamlExtensionDataAttribute>() is not null)
                {
                    extensions.Add($"{type.Name}.{property.Name} (at {DisplayPath(path)})");
                    continue;
                }

                var key = ModelTypes.KeyOf(property);
                if (key is null)
                {
                    continue;
                }

                var propertyPath = path.Length == 0 ? key : $"{path}.{key}";
                foreach (var (leaf, suffix) in Leaves(property.PropertyType, string.Empty, 0))
                {
                    if (ModelTypes.IsFreeForm(leaf))
                    {
                        found.Add($"{type.Name}.{property.Name}{suffix}  (e.g. {propertyPath}{suffix})");
                    }
                    else
                    {
                        Enqueue(leaf, propertyPath + suffix);
                    }
                }
            }
        }

        extensionData = extensions;
        return found.Distinct(StringComparer.Ordinal).ToList();

        void Enqueue(Type type, string path)
        {
            foreach (var concrete in ModelTypes.Expand(type))
            {
                if (!ModelTypes.IsLeaf(concrete) && ModelTypes.DictionaryValueType(concrete) is null
                                                 && ModelTypes.ListElementType(concrete) is null
                                                 && concrete.Namespace != "OpenCode.Manifests.Kubernetes"
                                                 && visited.Add(concrete))
                {
                    queue.Enqueue((concrete, path));
                }
            }
        }
    }

    private static string DisplayPath(string path) => path.Length == 0 ? "<root>" : path;

    private static IEnumerable<(Type Leaf, string Suffix)> Leaves(Type type, string suffix, int depth)
    {
        if (depth > 16)
        {
            yield break;
        }

        foreach (var concrete in ModelTypes.Expand(type))
        {
            if (ModelTypes.IsFreeForm(concrete) || ModelTypes.IsLeaf(concrete))
            {
                yield return (concrete, suffix);
            }
            else if (ModelTypes.DictionaryValueType(concrete) is { } value)
            {
                foreach (var leaf in Leaves(value, suffix + "." + SchemaPaths.MapValue, depth + 1))
                {
                    yield return leaf;
                }
            }
            else if (ModelTypes.ListElementType(concrete) is { } item)
            {
                foreach (var leaf in Leaves(item, suffix + SchemaPaths.ArrayItem, depth + 1))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (concrete, suffix);
            }
        }
    }
}
