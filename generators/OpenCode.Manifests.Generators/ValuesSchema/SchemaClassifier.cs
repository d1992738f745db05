using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// Decides which row of the contract table a schema node falls under: follows <c>$ref</c>s, merges
/// <c>allOf</c>, sorts <c>oneOf</c>/<c>anyOf</c> into the special runtime types or unions. Creates no types.
/// </summary>
internal sealed class SchemaClassifier
{
    // $ref and allOf chains deeper than this are treated as cycles.
    private const int MaxDepth = 64;

    private static readonly string[] ShapeKeywords =
    {
        "type", "properties", "additionalProperties", "items", "enum", "const", "$ref", "oneOf", "anyOf", "allOf",
    };

    private readonly RefResolver _resolver;
    private readonly KubernetesModelCatalog _kubernetesModels;
    private readonly DiagnosticBag _diagnostics;

    public SchemaClassifier(RefResolver resolver, KubernetesModelCatalog kubernetesModels, DiagnosticBag diagnostics)
    {
        _resolver = resolver;
        _kubernetesModels = kubernetesModels;
        _diagnostics = diagnostics;
    }

    public SchemaShape Classify(SchemaNode node) => Classify(node, 0);

    /// <summary>Follows a node's <c>$ref</c> chain without reporting anything; the node itself if none.</summary>
    public SchemaNode Dereference(SchemaNode node)
    {
        for (var i = 0; i < MaxDepth && node.Value.GetString("$ref") is { } reference; i++)
        {
            if (!_resolver.TryResolve(node, reference, out var target, out _) || target is null)
            {
                break;
            }

            node = target;
        }

        return node;
    }

    /// <summary>Whether a schema says anything about the value's shape (as opposed to only constraining it).</summary>
    public static bool HasShape(JsonValue value)
    {
        if (!value.IsObject)
        {
            return false;
        }

        foreach (var keyword in ShapeKeywords)
        {
            var member = value.TryGetProperty(keyword);
            if (member is null)
            {
                continue;
            }

            if (keyword is "oneOf" or "anyOf" or "allOf")
            {
                if (member.IsArray && member.Items.Any(HasShape))
                {
                    return true;
                }

                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>The constant a property schema pins its value to (<c>const</c> or a one-value <c>enum</c>).</summary>
    public string? ConstantOf(SchemaNode node)
    {
        var value = Dereference(node).Value;
        if (value.GetString("const") is { } constant)
        {
            return constant;
        }

        if (value["enum"] is { IsArray: true, Items.Count: 1 } single && single.Items[0].IsString)
        {
            return single.Items[0].Text;
        }

        return null;
    }

    private SchemaShape Classify(SchemaNode node, int depth)
    {
        var value = node.Value;
        if (depth > MaxDepth)
        {
            Unsupported(node, value.Span, "the schema nests $ref/allOf more than " + MaxDepth + " levels deep (a cycle?); the value is generated as FreeForm");
            return new SchemaShape(ShapeKind.FreeForm, node);
        }

        if (value.IsBoolean)
        {
            return new SchemaShape(ShapeKind.FreeForm, node);
        }

        if (!value.IsObject)
        {
            Unsupported(node, value.Span, "a schema must be an object or a boolean; the value is generated as FreeForm");
            return new SchemaShape(ShapeKind.FreeForm, node);
        }

        if (CustomTypeOf(node) is { } custom)
        {
            return custom;
        }

        if (value["$ref"] is { } referenceValue)
        {
            return ClassifyReference(node, referenceValue, depth);
        }

        var types = ReadTypes(node, out var nullable);

        if (value["enum"] is { IsArray: true } enumValue)
        {
            var strings = new List<string>();
            var others = 0;
            foreach (var item in enumValue.Items)
            {
                if (item.Kind == JsonKind.Null)
                {
                    nullable = true;
                }
                else if (item.IsString)
                {
                    strings.Add(item.Text!);
                }
                else
                {
                    others++;
                }
            }

            if (others == 0 && strings.Count > 0)
            {
                return new SchemaShape(ShapeKind.Enum, node) { EnumValues = strings.Distinct(StringComparer.Ordinal).ToList(), Nullable = nullable };
            }

            // An enum of only numbers (HTTP status codes) is simply typed by its 'type'; only a mix of strings and
            // other values is a shape C# cannot express.
            if (others > 0 && strings.Count > 0)
            {
                Unsupported(node, enumValue.Span, "an enum mixing strings with other values cannot be a C# enum; the value is generated from its 'type' instead");
            }
        }

        if (value["const"] is { IsString: true })
        {
            return new SchemaShape(ShapeKind.String, node) { Nullable = nullable };
        }

        var hasProperties = value["properties"] is { IsObject: true };

        if (value["allOf"] is { IsArray: true } allOf && allOf.Items.Any(HasShape))
        {
            var merged = ClassifyAllOf(node, depth, nullable);
            if (merged is not null)
            {
                return merged;
            }
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (value[keyword] is not { IsArray: true } alternatives || !alternatives.Items.Any(HasShape))
            {
                continue;
            }

            if (hasProperties)
            {
                Unsupported(node, alternatives.Span, "'" + keyword + "' next to 'properties' is not represented; only the object's own properties are generated");
                break;
            }

            var branches = new List<SchemaShape>();
            var alternativesNode = node.Child(keyword, alternatives);
            for (var i = 0; i < alternatives.Items.Count; i++)
            {
                branches.Add(Classify(alternativesNode.Child(i.ToString(System.Globalization.CultureInfo.InvariantCulture), alternatives.Items[i]), depth + 1));
            }

            return ClassifyUnion(node, branches, nullable);
        }

        return ClassifyByType(node, types, nullable, depth);
    }

    private SchemaShape ClassifyReference(SchemaNode node, JsonValue referenceValue, int depth)
    {
        if (!referenceValue.IsString)
        {
            Unsupported(node, referenceValue.Span, "'$ref' must be a string; the value is generated as FreeForm");
            return new SchemaShape(ShapeKind.FreeForm, node);
        }

        var reference = referenceValue.Text!;
        if (!_resolver.TryResolve(node, reference, out var target, out var error) || target is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnresolvedRef, node.Document.Path, referenceValue.Span, reference, error);
            return new SchemaShape(ShapeKind.FreeForm, node);
        }

        ReadTypes(node, out var nullable, report: false);
        if (CustomTypeOf(target) is { } custom)
        {
            custom.Nullable |= nullable;
            return custom;
        }

        var kubernetesType = KubernetesModels.TypeNameFor(target.Value, target.LastToken, out var isExplicit);
        if (kubernetesType is not null)
        {
            if (_kubernetesModels.Contains(kubernetesType))
            {
                return new SchemaShape(ShapeKind.Kubernetes, target) { KubernetesType = kubernetesType, Nullable = nullable };
            }

            if (isExplicit)
            {
                Unsupported(
                    target,
                    target.Value["x-kubernetes-model"]!.Span,
                    "x-kubernetes-model '" + kubernetesType + "' is not a type in OpenCode.Manifests.Kubernetes; the type is generated from the schema");
            }
        }

        var shape = Classify(target, depth + 1);
        shape.DefinitionName ??= target.LastToken;
        shape.Nullable |= nullable;
        return shape;
    }

    /// <summary>
    /// A schema that names the C# type it maps to (<c>x-csharp-type</c>): a type outside the schema that reads and
    /// writes itself (the library's <c>ResourceQuantity</c>, <c>ChartValues</c>).
    /// </summary>
    private SchemaShape? CustomTypeOf(SchemaNode node)
    {
        if (node.Value.GetString("x-csharp-type") is not { Length: > 0 } name)
        {
            return null;
        }

        ReadTypes(node, out var nullable, report: false);
        return new SchemaShape(ShapeKind.Custom, node)
        {
            CustomType = name.StartsWith("global::", StringComparison.Ordinal) ? name : "global::" + name,
            CustomIsValueType = node.Value["x-csharp-value-type"] is { Kind: JsonKind.True },
            Nullable = nullable,
        };
    }

    private SchemaShape? ClassifyAllOf(SchemaNode node, int depth, bool nullable)
    {
        var parts = new List<SchemaNode>();
        CollectAllOfParts(node, parts, depth);

        if (parts.Any(part => part.Value["properties"] is { IsObject: true }))
        {
            var objectParts = new ObjectParts();
            foreach (var part in parts)
            {
                AddObjectPart(objectParts, part);
            }

            return new SchemaShape(ShapeKind.Object, node) { Object = objectParts, Nullable = nullable };
        }

        // No properties anywhere: allOf only adds constraints to one shaped schema, or it is beyond us.
        var shaped = parts.Where(part => part != node && HasShape(WithoutAllOf(part.Value))).ToList();
        var selfShaped = HasShape(WithoutAllOf(node.Value));
        if (shaped.Count == 0)
        {
            return null;
        }

        if (shaped.Count == 1 && !selfShaped)
        {
            var shape = Classify(shaped[0], depth + 1);
            shape.Nullable |= nullable;
            return shape;
        }

        Unsupported(node, node.Value["allOf"]!.Span, "allOf of several non-object schemas cannot be merged; the value is generated as FreeForm");
        return new SchemaShape(ShapeKind.FreeForm, node) { Nullable = nullable };
    }

    private void CollectAllOfParts(SchemaNode node, List<SchemaNode> parts, int depth)
    {
        if (depth > MaxDepth)
        {
            Unsupported(node, node.Value.Span, "allOf/$ref nests too deeply (a cycle?)");
            return;
        }

        var value = node.Value;
        if (!value.IsObject)
        {
            return;
        }

        if (value["$ref"] is { IsString: true } reference)
        {
            if (_resolver.TryResolve(node, reference.Text!, out var target, out var error) && target is not null)
            {
                CollectAllOfParts(target, parts, depth + 1);
            }
            else
            {
                _diagnostics.Add(DiagnosticDescriptors.UnresolvedRef, node.Document.Path, reference.Span, reference.Text!, error);
            }

            return;
        }

        parts.Add(node);
        if (value["allOf"] is { IsArray: true } allOf)
        {
            var allOfNode = node.Child("allOf", allOf);
            for (var i = 0; i < allOf.Items.Count; i++)
            {
                CollectAllOfParts(allOfNode.Child(i.ToString(System.Globalization.CultureInfo.InvariantCulture), allOf.Items[i]), parts, depth + 1);
            }
        }
    }

    private static JsonValue WithoutAllOf(JsonValue value) =>
        value.IsObject
            ? value with { Properties = value.Properties.Where(p => p.Name != "allOf").ToEquatableArray() }
            : value;

    private static void AddObjectPart(ObjectParts parts, SchemaNode part)
    {
        var value = part.Value;
        if (value["properties"] is { IsObject: true } properties)
        {
            var propertiesNode = part.Child("properties", properties);
            foreach (var property in properties.Properties)
            {
                parts.AddProperty(property.Name, propertiesNode.Child(property.Name, property.Value));
            }
        }

        if (value["required"] is { IsArray: true } required)
        {
            foreach (var item in required.Items)
            {
                if (item.IsString)
                {
                    parts.Required.Add(item.Text!);
                }
            }
        }

        if (value["additionalProperties"] is { Kind: JsonKind.False })
        {
            parts.Closed = true;
        }
    }

    private SchemaShape ClassifyUnion(SchemaNode node, List<SchemaShape> branches, bool nullable)
    {
        nullable |= branches.Any(b => b.Kind == ShapeKind.Null || b.Nullable);
        var shaped = branches.Where(b => b.Kind != ShapeKind.Null).ToList();
        if (shaped.Count == 0)
        {
            return new SchemaShape(ShapeKind.FreeForm, node) { Nullable = nullable };
        }

        if (shaped.Count == 1)
        {
            shaped[0].Nullable |= nullable;
            return shaped[0];
        }

        var kinds = new HashSet<ShapeKind>(shaped.Select(b => b.Kind));
        if (kinds.Count == 2 && kinds.Contains(ShapeKind.String) && kinds.Contains(ShapeKind.Array)
            && shaped.Where(b => b.Kind == ShapeKind.Array).All(IsListOfStrings))
        {
            return new SchemaShape(ShapeKind.StringOrList, node) { Nullable = nullable };
        }

        if (shaped.All(b => b.IsScalar))
        {
            var scalar = CombineScalarKinds(kinds);
            if (scalar is not null)
            {
                return scalar.Value == shaped[0].Kind && kinds.Count == 1
                    ? WithNullable(shaped[0], nullable)
                    : new SchemaShape(scalar.Value, node) { Nullable = nullable };
            }
        }

        var union = new SchemaShape(ShapeKind.Union, node) { Branches = shaped, Nullable = nullable };
        if (shaped.All(b => b.Kind == ShapeKind.Object))
        {
            union.DiscriminatorKey = FindDiscriminator(shaped);
        }

        return union;
    }

    private static SchemaShape WithNullable(SchemaShape shape, bool nullable)
    {
        shape.Nullable |= nullable;
        return shape;
    }

    private bool IsListOfStrings(SchemaShape array) =>
        array.Element is null || Classify(array.Element).Kind == ShapeKind.String;

    private static ShapeKind? CombineScalarKinds(HashSet<ShapeKind> kinds)
    {
        if (kinds.Count == 1)
        {
            return kinds.First();
        }

        var hasString = kinds.Contains(ShapeKind.String);
        var numeric = kinds.Contains(ShapeKind.Integer) || kinds.Contains(ShapeKind.Number) || kinds.Contains(ShapeKind.IntegerOrString);
        if (!kinds.Contains(ShapeKind.Boolean) && !kinds.Contains(ShapeKind.Scalar))
        {
            if ((hasString || kinds.Contains(ShapeKind.IntegerOrString)) && numeric)
            {
                return ShapeKind.IntegerOrString;
            }

            if (!hasString && kinds.All(k => k is ShapeKind.Integer or ShapeKind.Number))
            {
                return ShapeKind.Number;
            }
        }

        return ShapeKind.Scalar;
    }

    private string? FindDiscriminator(List<SchemaShape> variants)
    {
        foreach (var key in variants[0].Object!.Order)
        {
            var everyVariantPinsIt = variants.All(variant =>
                variant.Object!.Properties.TryGetValue(key, out var nodes)
                && nodes.Any(n => ConstantOf(n) is not null));
            if (everyVariantPinsIt)
            {
                return key;
            }
        }

        return null;
    }

    private SchemaShape ClassifyByType(SchemaNode node, List<string> types, bool nullable, int depth)
    {
        var value = node.Value;
        var additional = value["additionalProperties"];
        var hasProperties = value["properties"] is { IsObject: true };

        if (types.Count == 0)
        {
            if (hasProperties)
            {
                return ObjectShape(node, nullable);
            }

            if (additional is { IsObject: true })
            {
                return MapShape(node, additional, nullable);
            }

            if (value["items"] is not null)
            {
                return ArrayShape(node, nullable);
            }

            var onlyNull = nullable && value["type"] is not null;
            return new SchemaShape(onlyNull ? ShapeKind.Null : ShapeKind.FreeForm, node) { Nullable = nullable };
        }

        if (types.Count == 1)
        {
            switch (types[0])
            {
                case "string":
                    return new SchemaShape(ShapeKind.String, node) { Nullable = nullable };
                case "integer":
                    return new SchemaShape(ShapeKind.Integer, node) { Nullable = nullable };
                case "number":
                    return new SchemaShape(ShapeKind.Number, node) { Nullable = nullable };
                case "boolean":
                    return new SchemaShape(ShapeKind.Boolean, node) { Nullable = nullable };
                case "array":
                    return ArrayShape(node, nullable);
                default:
                    if (hasProperties)
                    {
                        return ObjectShape(node, nullable);
                    }

                    return additional is { IsObject: true }
                        ? MapShape(node, additional, nullable)
                        : new SchemaShape(ShapeKind.FreeForm, node) { Nullable = nullable };
            }
        }

        var set = new HashSet<string>(types, StringComparer.Ordinal);
        if (set.SetEquals(new[] { "string", "array" }))
        {
            return new SchemaShape(ShapeKind.StringOrList, node) { Nullable = nullable };
        }

        if (!set.Contains("object") && !set.Contains("array"))
        {
            var kinds = new HashSet<ShapeKind>(set.Select(t => t switch
            {
                "string" => ShapeKind.String,
                "integer" => ShapeKind.Integer,
                "number" => ShapeKind.Number,
                _ => ShapeKind.Boolean,
            }));
            return new SchemaShape(CombineScalarKinds(kinds) ?? ShapeKind.Scalar, node) { Nullable = nullable };
        }

        Unsupported(node, value["type"]!.Span, "'type' mixes '" + string.Join("', '", types) + "', which no C# type represents; the value is generated as FreeForm");
        return new SchemaShape(ShapeKind.FreeForm, node) { Nullable = nullable };
    }

    private static SchemaShape ObjectShape(SchemaNode node, bool nullable)
    {
        var parts = new ObjectParts();
        AddObjectPart(parts, node);
        return new SchemaShape(ShapeKind.Object, node) { Object = parts, Nullable = nullable };
    }

    private static SchemaShape MapShape(SchemaNode node, JsonValue additional, bool nullable) =>
        new(ShapeKind.Map, node) { Element = node.Child("additionalProperties", additional), Nullable = nullable };

    private SchemaShape ArrayShape(SchemaNode node, bool nullable)
    {
        var items = node.Value["items"];
        if (items is { IsArray: true })
        {
            Unsupported(node, items.Span, "tuple 'items' (an array of schemas) is not supported; the items are generated as FreeForm");
            items = null;
        }

        return new SchemaShape(ShapeKind.Array, node)
        {
            Element = items is { IsObject: true } ? node.Child("items", items) : null,
            Nullable = nullable,
        };
    }

    private List<string> ReadTypes(SchemaNode node, out bool nullable, bool report = true)
    {
        nullable = false;
        var types = new List<string>();
        var type = node.Value["type"];
        if (type is null)
        {
            return types;
        }

        var entries = type.IsArray ? type.Items.ToList() : new List<JsonValue> { type };
        foreach (var entry in entries)
        {
            var name = entry.IsString ? entry.Text! : null;
            switch (name)
            {
                case "null":
                    nullable = true;
                    break;
                case "string" or "integer" or "number" or "boolean" or "array" or "object":
                    if (!types.Contains(name))
                    {
                        types.Add(name);
                    }

                    break;
                default:
                    if (report)
                    {
                        Unsupported(node, entry.Span, "'type' value " + entry.ToCompactJson() + " is not a JSON schema type; it is ignored");
                    }

                    break;
            }
        }

        return types;
    }

    private void Unsupported(SchemaNode node, SourceSpan span, string message) =>
        _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, node.Document.Path, span, message);
}
