using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// YAML → JSON the way the consumers read it. Flux, Helm and kubectl decode manifests with sigs.k8s.io/yaml
/// (go-yaml v2), which resolves plain scalars by YAML 1.1 rules (<c>yes</c>/<c>on</c>/<c>y</c> are booleans,
/// <c>0755</c> is octal); editors and yamllint read YAML 1.2. The conversion uses the consumer's rules and
/// <see cref="Ambiguities"/> lists every plain scalar the two readers would disagree on.
/// </summary>
public static class YamlToJson
{
    private static readonly Regex Decimal11 = new(@"^[-+]?(0|[1-9][0-9_]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Octal11 = new(@"^[-+]?0[0-7_]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Hex11 = new(@"^[-+]?0x[0-9a-fA-F_]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Binary11 = new(@"^[-+]?0b[01_]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float11 = new(@"^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Special11 = new(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant);

    private static readonly Regex Int12 = new(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Float12 = new(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant);

    /// <summary>Every document of a YAML file.</summary>
    public static IReadOnlyList<YamlNode> Documents(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    /// <summary>Every document of a YAML text.</summary>
    public static IReadOnlyList<YamlNode> DocumentsOfText(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    /// <summary>The JSON a sigs.k8s.io/yaml reader makes of the node.</summary>
    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => Mapping(map),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    /// <summary>
    /// A mapping, with YAML 1.1 merge keys resolved as go-yaml does: <c>&lt;&lt;: *anchor</c> (or a list of anchors, the
    /// first winning) adds the keys the mapping does not set itself; a key written in the mapping always wins.
    /// </summary>
    private static JsonObject Mapping(YamlMappingNode map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map.Children.Where(kv => !IsMergeKey(kv.Key)))
        {
            result[KeyText(key)] = Convert(value);
        }

        foreach (var merge in map.Children.Where(kv => IsMergeKey(kv.Key)).Select(kv => kv.Value))
        {
            var sources = merge is YamlSequenceNode list ? list.Children.ToList() : new List<YamlNode> { merge };
            foreach (var source in sources.OfType<YamlMappingNode>())
            {
                foreach (var (name, inherited) in Mapping(source).ToList())
                {
                    if (!result.ContainsKey(name))
                    {
                        result[name] = inherited?.DeepClone();
                    }
                }
            }
        }

        return result;
    }

    private static bool IsMergeKey(YamlNode key) =>
        key is YamlScalarNode { Value: "<<", Style: YamlDotNet.Core.ScalarStyle.Plain } scalar && scalar.Tag.IsEmpty;

    /// <summary>Plain scalars a YAML 1.1 reader and a YAML 1.2 core-schema reader resolve differently.</summary>
    public static IEnumerable<string> Ambiguities(YamlNode node)
    {
        foreach (var scalar in node.AllNodes.OfType<YamlScalarNode>())
        {
            if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || !scalar.Tag.IsEmpty)
            {
                continue;
            }

            var text = scalar.Value ?? string.Empty;
            var v11 = Resolve11(text)?.ToJsonString() ?? "null";
            var v12 = Resolve12(text)?.ToJsonString() ?? "null";
            if (v11 != v12)
            {
                yield return $"line {scalar.Start.Line}: '{text}' is {v11} to a YAML 1.1 reader and {v12} to a YAML 1.2 reader";
            }
        }
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode s
        ? s.Value ?? string.Empty
        : throw new NotSupportedException("non-scalar mapping key");

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (!scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str")
        {
            return JsonValue.Create(text);
        }

        return scalar.Style is ScalarStyle.Plain or ScalarStyle.Any ? Resolve11(text) : JsonValue.Create(text);
    }

    /// <summary>go-yaml v2's resolution of a plain scalar.</summary>
    public static JsonNode? Resolve11(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = plain.StartsWith('-');
        var unsigned = plain.TrimStart('-', '+');
        if (Decimal11.IsMatch(text))
        {
            return JsonValue.Create(long.Parse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (Hex11.IsMatch(text))
        {
            var value = System.Convert.ToInt64(unsigned[2..], 16);
            return JsonValue.Create(negative ? -value : value);
        }

        if (Binary11.IsMatch(text))
        {
            var value = System.Convert.ToInt64(unsigned[2..], 2);
            return JsonValue.Create(negative ? -value : value);
        }

        if (Octal11.IsMatch(text))
        {
            var value = System.Convert.ToInt64(unsigned, 8);
            return JsonValue.Create(negative ? -value : value);
        }

        if (Float11.IsMatch(text) && plain != "." )
        {
            return JsonValue.Create(double.Parse(plain, CultureInfo.InvariantCulture));
        }

        if (Special11.IsMatch(text))
        {
            return JsonValue.Create(text); // not representable in JSON; never emitted by us
        }

        return JsonValue.Create(text);
    }

    /// <summary>The YAML 1.2 core schema's resolution of a plain scalar.</summary>
    public static JsonNode? Resolve12(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (Int12.IsMatch(text))
        {
            if (text.StartsWith("0o", StringComparison.Ordinal))
            {
                return JsonValue.Create(System.Convert.ToInt64(text[2..], 8));
            }

            if (text.StartsWith("0x", StringComparison.Ordinal))
            {
                return JsonValue.Create(System.Convert.ToInt64(text[2..], 16));
            }

            return JsonValue.Create(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (Float12.IsMatch(text) && !text.Contains("inf", StringComparison.OrdinalIgnoreCase) && !text.Contains("nan", StringComparison.OrdinalIgnoreCase))
        {
            return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }
}
