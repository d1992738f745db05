using System;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Rendering;

/// <summary>
/// Resolves scalars the way a YAML 1.2 core-schema reader does: quoted and block scalars are strings, plain
/// scalars are matched against the core schema's null/bool/int/float patterns, explicit core tags win.
/// This is the single definition of "what a scalar means" shared by the reader, the renderer and the
/// semantic comparer.
/// </summary>
internal static class YamlCoreSchema
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    private static readonly Regex DecimalInteger = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex OctalInteger = new(@"^0o[0-7]+$", RegexOptions.CultureInvariant);
    private static readonly Regex HexInteger = new(@"^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant);
    private static readonly Regex FloatNumber = new(
        @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Infinity = new(@"^[-+]?\.(inf|Inf|INF)$", RegexOptions.CultureInvariant);
    private static readonly Regex NotANumber = new(@"^\.(nan|NaN|NAN)$", RegexOptions.CultureInvariant);

    /// <summary>Resolves a scalar node, honouring its style and any explicit core-schema tag.</summary>
    public static YamlScalarType Resolve(YamlScalarNode node)
    {
        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        if (tag is not null)
        {
            switch (tag)
            {
                case TagPrefix + "str": return YamlScalarType.String;
                case TagPrefix + "int": return YamlScalarType.Integer;
                case TagPrefix + "float": return YamlScalarType.Float;
                case TagPrefix + "bool": return YamlScalarType.Boolean;
                case TagPrefix + "null": return YamlScalarType.Null;
                case "!": return YamlScalarType.String; // the non-specific tag forces a string
            }
        }

        return IsPlainStyle(node.Style) ? ResolvePlain(node.Value ?? string.Empty) : YamlScalarType.String;
    }

    /// <summary>True for the styles whose type is decided by the text (plain, or "any" on built nodes).</summary>
    public static bool IsPlainStyle(ScalarStyle style) => style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>Resolves the text of a plain scalar under the YAML 1.2 core schema.</summary>
    public static YamlScalarType ResolvePlain(string text)
    {
        if (IsNullText(text))
        {
            return YamlScalarType.Null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return YamlScalarType.Boolean;
        }

        if (DecimalInteger.IsMatch(text) || OctalInteger.IsMatch(text) || HexInteger.IsMatch(text))
        {
            return YamlScalarType.Integer;
        }

        if (FloatNumber.IsMatch(text) || Infinity.IsMatch(text) || NotANumber.IsMatch(text))
        {
            return YamlScalarType.Float;
        }

        return YamlScalarType.String;
    }

    /// <summary>The core schema's spellings of null (the empty plain scalar included).</summary>
    public static bool IsNullText(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>True when the node is a YAML null (a plain null spelling or an explicit <c>!!null</c>).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && Resolve(scalar) == YamlScalarType.Null;

    /// <summary>Parses a core-schema boolean.</summary>
    public static bool ParseBoolean(string text) => text is "true" or "True" or "TRUE";

    /// <summary>Parses a core-schema integer (decimal, <c>0o</c> octal or <c>0x</c> hexadecimal).</summary>
    public static bool TryParseInteger(string text, out BigInteger value)
    {
        if (OctalInteger.IsMatch(text))
        {
            value = BigInteger.Zero;
            foreach (var digit in text.AsSpan(2))
            {
                value = (value * 8) + (digit - '0');
            }

            return true;
        }

        if (HexInteger.IsMatch(text))
        {
            // A leading zero keeps BigInteger from reading the top bit as a sign.
            return BigInteger.TryParse(string.Concat("0", text.AsSpan(2)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        if (DecimalInteger.IsMatch(text))
        {
            return BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        value = BigInteger.Zero;
        return false;
    }

    /// <summary>Parses a core-schema integer or float as a double (infinities and NaN included).</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        if (TryParseInteger(text, out var integer))
        {
            value = (double)integer;
            return true;
        }

        if (Infinity.IsMatch(text))
        {
            value = text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (NotANumber.IsMatch(text))
        {
            value = double.NaN;
            return true;
        }

        if (FloatNumber.IsMatch(text))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        return false;
    }

    /// <summary>True when the text is a core-schema number (integer or float).</summary>
    public static bool IsNumberText(string text) =>
        ResolvePlain(text) is YamlScalarType.Integer or YamlScalarType.Float;
}
