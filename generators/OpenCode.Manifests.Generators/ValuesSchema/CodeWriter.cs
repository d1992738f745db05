using System.Text;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>Indented C# text for the emitters (records and serializers): four spaces a level, LF line ends.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close()
    {
        _indent--;
        Line("}");
    }

    public override string ToString() => _builder.ToString();
}
