using System;
using System.Globalization;
using System.Numerics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// What a scalar means to Flux, kubectl and Helm, which read YAML 1.1 (go-yaml v2 under sigs.k8s.io/yaml):
/// quoted and block scalars are strings; a plain scalar is null (<c>~</c>, <c>null</c>, nothing), a boolean
/// (<c>true</c>, <c>yes</c>, <c>on</c>, <c>y</c> and their false forms, in lower, title or upper case), an integer
/// as Go parses integer literals (<c>0775</c> is octal 509, <c>0x1F</c>, <c>0o17</c>, <c>0b101</c>, <c>1_000</c>),
/// a float (<c>1.38</c>, <c>1e3</c>, <c>.inf</c>, <c>.nan</c>), and otherwise a string (timestamps stay strings).
/// Explicit core tags (<c>!!str</c>, <c>!!int</c>, …) win. This is the single definition of what a value read
/// from YAML means in this library.
/// </summary>
public static class YamlScalars
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    /// <summary>Resolves a scalar node: its explicit tag, else its style, else its plain text.</summary>
    public static YamlScalarType Resolve(YamlScalarNode node)
    {
        if (!node.Tag.IsEmpty)
        {
            switch (node.Tag.Value)
            {
                case TagPrefix + "str":
                case "!":
                    return YamlScalarType.String;
                case TagPrefix + "int":
                    return YamlScalarType.Integer;
                case TagPrefix + "float":
                    return YamlScalarType.Float;
                case TagPrefix + "bool":
                    return YamlScalarType.Boolean;
                case TagPrefix + "null":
                    return YamlScalarType.Null;
            }
        }

        return IsPlain(node.Style) ? ResolvePlain(node.Value ?? string.Empty) : YamlScalarType.String;
    }

    /// <summary>True for the styles whose meaning comes from the text (plain, or "any" on built nodes).</summary>
    public static bool IsPlain(ScalarStyle style) => style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>Resolves the text of a plain scalar.</summary>
    public static YamlScalarType ResolvePlain(string text)
    {
        if (IsNullText(text))
        {
            return YamlScalarType.Null;
        }

        if (TryParseBoolean(text, out _))
        {
            return YamlScalarType.Boolean;
        }

        if (TryParseInteger(text, out _))
        {
            return YamlScalarType.Integer;
        }

        return TryParseFloat(text, out _) ? YamlScalarType.Float : YamlScalarType.String;
    }

    /// <summary>True when the node is an explicit YAML null.</summary>
    public static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && Resolve(scalar) == YamlScalarType.Null;

    /// <summary>The spellings of null.</summary>
    public static bool IsNullText(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Parses the YAML 1.1 boolean spellings.</summary>
    public static bool TryParseBoolean(string text, out bool value)
    {
        switch (text)
        {
            case "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "true" or "True" or "TRUE":
                value = true;
                return true;
            case "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>
    /// Parses an integer the way Go's <c>strconv.ParseInt(text, 0, 64)</c> does (what go-yaml v2 calls): an optional
    /// sign, then <c>0x</c>/<c>0X</c> hexadecimal, <c>0o</c>/<c>0O</c> or a leading <c>0</c> octal, <c>0b</c>/<c>0B</c>
    /// binary, or decimal; <c>_</c> may separate digits.
    /// </summary>
    public static bool TryParseInteger(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && (span[0] == '+' || span[0] == '-'))
        {
            negative = span[0] == '-';
            span = span.Slice(1);
        }

        if (span.Length == 0)
        {
            return false;
        }

        var radix = 10;
        var hasPrefix = false;
        if (span.Length >= 2 && span[0] == '0')
        {
            switch (span[1])
            {
                case 'x' or 'X':
                    radix = 16;
                    span = span.Slice(2);
                    hasPrefix = true;
                    break;
                case 'o' or 'O':
                    radix = 8;
                    span = span.Slice(2);
                    hasPrefix = true;
                    break;
                case 'b' or 'B':
                    radix = 2;
                    span = span.Slice(2);
                    hasPrefix = true;
                    break;
                default:
                    radix = 8;
                    span = span.Slice(1);
                    break;
            }
        }

        if (span.Length == 0)
        {
            return false;
        }

        // Go accepts '_' only between digits (or right after a base prefix).
        var previousWasDigit = hasPrefix || radix == 8;
        var digits = 0;
        foreach (var character in span)
        {
            if (character == '_')
            {
                if (!previousWasDigit)
                {
                    return false;
                }

                previousWasDigit = false;
                continue;
            }

            var digit = DigitValue(character);
            if (digit < 0 || digit >= radix)
            {
                return false;
            }

            value = (value * radix) + digit;
            previousWasDigit = true;
            digits++;
        }

        if (!previousWasDigit || digits == 0)
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return value >= long.MinValue && value <= ulong.MaxValue;
    }

    /// <summary>
    /// Parses a float: go-yaml v2's pattern <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>, or
    /// <c>.inf</c>, <c>-.inf</c>, <c>.nan</c> in lower, title or upper case.
    /// </summary>
    public static bool TryParseFloat(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf" or "-.INF":
                value = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN" or ".NAN":
                value = double.NaN;
                return true;
        }

        value = 0;
        return IsFloatSyntax(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses an integer or a float as a double.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        if (TryParseInteger(text, out var integer))
        {
            value = (double)integer;
            return true;
        }

        return TryParseFloat(text, out value);
    }

    /// <summary>True when the plain text is a number (integer or float).</summary>
    public static bool IsNumberText(string text) => ResolvePlain(text) is YamlScalarType.Integer or YamlScalarType.Float;

    private static bool IsFloatSyntax(string text)
    {
        var i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        var integerDigits = CountDigits(text, ref i);
        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fractionDigits = CountDigits(text, ref i);
            if (integerDigits == 0 && fractionDigits == 0)
            {
                return false;
            }
        }
        else if (integerDigits == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int CountDigits(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && text[index] >= '0' && text[index] <= '9')
        {
            index++;
        }

        return index - start;
    }

    private static int DigitValue(char character) => character switch
    {
        >= '0' and <= '9' => character - '0',
        >= 'a' and <= 'f' => character - 'a' + 10,
        >= 'A' and <= 'F' => character - 'A' + 10,
        _ => -1,
    };
}
