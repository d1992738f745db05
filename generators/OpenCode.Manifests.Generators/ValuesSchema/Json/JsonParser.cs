using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OpenCode.Manifests.Generators.ValuesSchema.Json;

/// <summary>The outcome of parsing one file: a tree, or the first syntax error and where it is.</summary>
internal readonly record struct JsonParseResult(JsonValue? Value, string? Error, SourceSpan ErrorSpan);

/// <summary>
/// A strict RFC 8259 parser that records the line and column of every value. The generator cannot carry
/// System.Text.Json (netstandard2.0 analyzers load no dependencies), and diagnostics need positions anyway.
/// </summary>
internal sealed class JsonParser
{
    // Deep enough for any real schema; bounded so hostile input cannot overflow the compiler's stack.
    private const int MaxDepth = 200;

    private readonly string _text;
    private int _position;
    private int _line;
    private int _lineStart;

    private JsonParser(string text)
    {
        _text = text;
    }

    public static JsonParseResult Parse(string text)
    {
        var parser = new JsonParser(text);
        try
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                parser._position = 1;
                parser._lineStart = 1;
            }

            parser.SkipWhitespace();
            var value = parser.ParseValue(0);
            parser.SkipWhitespace();
            if (parser._position < text.Length)
            {
                throw parser.Error("unexpected text after the end of the document");
            }

            return new JsonParseResult(value, null, default);
        }
        catch (JsonSyntaxException exception)
        {
            return new JsonParseResult(null, exception.Message, exception.Span);
        }
    }

    private JsonValue ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("the document nests deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }

        if (_position >= _text.Length)
        {
            throw Error("unexpected end of file, a value was expected");
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject(depth);
            case '[':
                return ParseArray(depth);
            case '"':
                {
                    var start = Mark();
                    var text = ParseString();
                    return new JsonValue(JsonKind.String, text, EquatableArray<JsonProperty>.Empty, EquatableArray<JsonValue>.Empty, SpanFrom(start));
                }

            case 't':
                return ParseLiteral("true", JsonKind.True);
            case 'f':
                return ParseLiteral("false", JsonKind.False);
            case 'n':
                return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw Error("unexpected character '" + Printable(c) + "', a value was expected");
        }
    }

    private JsonValue ParseObject(int depth)
    {
        var start = Mark();
        _position++;
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new JsonValue(JsonKind.Object, null, new EquatableArray<JsonProperty>(properties), EquatableArray<JsonValue>.Empty, SpanFrom(start));
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error(_position >= _text.Length ? "unexpected end of file inside an object" : "a property name in double quotes was expected");
            }

            var nameStart = Mark();
            var name = ParseString();
            var nameSpan = SpanFrom(nameStart);
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("':' was expected after the property name");
            }

            _position++;
            SkipWhitespace();
            var value = ParseValue(depth + 1);
            properties.Add(new JsonProperty(name, value, nameSpan));
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == '}')
            {
                _position++;
                return new JsonValue(JsonKind.Object, null, new EquatableArray<JsonProperty>(properties), EquatableArray<JsonValue>.Empty, SpanFrom(start));
            }

            throw Error(_position >= _text.Length ? "unexpected end of file inside an object" : "',' or '}' was expected");
        }
    }

    private JsonValue ParseArray(int depth)
    {
        var start = Mark();
        _position++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new JsonValue(JsonKind.Array, null, EquatableArray<JsonProperty>.Empty, new EquatableArray<JsonValue>(items), SpanFrom(start));
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ParseValue(depth + 1));
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == ']')
            {
                _position++;
                return new JsonValue(JsonKind.Array, null, EquatableArray<JsonProperty>.Empty, new EquatableArray<JsonValue>(items), SpanFrom(start));
            }

            throw Error(_position >= _text.Length ? "unexpected end of file inside an array" : "',' or ']' was expected");
        }
    }

    private string ParseString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unexpected end of file inside a string");
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }

            if (c == '\\')
            {
                _position++;
                if (_position >= _text.Length)
                {
                    throw Error("unexpected end of file inside a string");
                }

                var escape = _text[_position];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 >= _text.Length
                            || !int.TryParse(_text.Substring(_position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("invalid \\u escape in a string");
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        throw Error("invalid escape '\\" + Printable(escape) + "' in a string");
                }

                _position++;
                continue;
            }

            if (c < ' ')
            {
                throw Error(c == '\n' ? "line break inside a string (missing closing quote?)" : "control character inside a string");
            }

            builder.Append(c);
            _position++;
        }
    }

    private JsonValue ParseNumber()
    {
        var start = Mark();
        var begin = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            throw Error("a digit was expected in the number");
        }

        if (Peek() == '.')
        {
            _position++;
            if (!IsDigit(Peek()))
            {
                throw Error("a digit was expected after the decimal point");
            }

            SkipDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (!IsDigit(Peek()))
            {
                throw Error("a digit was expected in the exponent");
            }

            SkipDigits();
        }

        var text = _text.Substring(begin, _position - begin);
        return new JsonValue(JsonKind.Number, text, EquatableArray<JsonProperty>.Empty, EquatableArray<JsonValue>.Empty, SpanFrom(start));
    }

    private JsonValue ParseLiteral(string literal, JsonKind kind)
    {
        var start = Mark();
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected token, a value was expected");
        }

        _position += literal.Length;
        return new JsonValue(kind, null, EquatableArray<JsonProperty>.Empty, EquatableArray<JsonValue>.Empty, SpanFrom(start));
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _position++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
                _lineStart = _position;
            }
            else if (c == ' ' || c == '\t' || c == '\r')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private (int Position, int Line, int Column) Mark() => (_position, _line, _position - _lineStart);

    // Values never contain raw line breaks (strings reject them, whitespace is skipped between tokens only),
    // except objects and arrays, whose end line is tracked by SkipWhitespace.
    private SourceSpan SpanFrom((int Position, int Line, int Column) start) =>
        new(start.Position, _position - start.Position, start.Line, start.Column, _line, _position - _lineStart);

    private JsonSyntaxException Error(string message)
    {
        var position = Math.Min(_position, _text.Length);
        var span = new SourceSpan(position, position < _text.Length ? 1 : 0, _line, position - _lineStart, _line, position - _lineStart + (position < _text.Length ? 1 : 0));
        return new JsonSyntaxException(
            message + " (line " + (_line + 1).ToString(CultureInfo.InvariantCulture) + ", column " + (position - _lineStart + 1).ToString(CultureInfo.InvariantCulture) + ")",
            span);
    }

    private static string Printable(char c) => c < ' ' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();

    private sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(string message, SourceSpan span)
            : base(message)
        {
            Span = span;
        }

        public SourceSpan Span { get; }
    }
}
