using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Import;

/// <summary>
/// An escape hatch that sets some members of a value: <c>head { A = …, B = … });</c>, folded onto one line when it
/// fits. Members kept as free-form YAML (a key the model does not have) are reported (OCM4004) where they are written.
/// </summary>
internal sealed class WithStatement
{
    private readonly ImportContext context;
    private readonly CSharpValueWriter values;

    public WithStatement(ImportContext context, CSharpValueWriter values)
    {
        this.context = context;
        this.values = values;
    }

    /// <summary><c>head { members of target }tail</c>, for a statement indented <paramref name="indent"/> levels.</summary>
    public string Write(string head, object target, IReadOnlyList<WritableMember> members, ValuePath path, int indent, string tail = ");") =>
        Fold(head, Body(target, members, path, indent), tail, indent);

    /// <summary><c>{ A = …, B = … }</c>, one member a line, the closing brace at <paramref name="indent"/>.</summary>
    public string Body(object target, IReadOnlyList<WritableMember> members, ValuePath path, int indent)
    {
        var body = new StringBuilder("{\n");
        foreach (var member in members)
        {
            var memberPath = member.YamlKey is null ? path : path.Key(member.YamlKey);
            var value = member.Property.GetValue(target);
            body.Append(Pad(indent + 1)).Append(member.Property.Name).Append(" = ")
                .Append(values.WriteProperty(value, member.Property.PropertyType, member.Nullability, memberPath, indent + 1, member.Property.Name.Length + 3))
                .Append(',').Append(CSharpValueWriter.OctalNote(member, value)).Append('\n');
            if (member.IsExtensionData && value is System.Collections.IDictionary extra)
            {
                foreach (System.Collections.DictionaryEntry entry in extra)
                {
                    context.Report(DiagnosticCatalog.KeptAsFreeForm,
                        $"{path.Key((string)entry.Key)}: the app-template model has no property '{entry.Key}' here; it is kept as free-form YAML in AdditionalValues (check the key: the chart may ignore it).",
                        path.Key((string)entry.Key));
                }
            }
        }

        return body.Append(Pad(indent)).Append('}').ToString();
    }

    /// <summary><c>head { A = 1 }tail</c> on one line when the members are one short line together, else the body under the head.</summary>
    public static string Fold(string head, string body, string tail, int indent)
    {
        var lines = body.Split('\n');
        if (lines.Length >= 3 && lines.Skip(1).Take(lines.Length - 2).All(line => !line.Contains("//", System.StringComparison.Ordinal)))
        {
            var members = lines.Skip(1).Take(lines.Length - 2).Select(line => line.Trim()).ToList();
            var joined = string.Join(" ", members).TrimEnd(',');
            var inline = head + " { " + joined + " }" + tail;
            var depth = members.Sum(m => m.Count(c => c is '{' or '(')) - members.Sum(m => m.Count(c => c is '}' or ')'));
            if (depth == 0 && members.All(m => m.EndsWith(',')) && Pad(indent).Length + inline.Length <= CSharpValueWriter.LineWidth)
            {
                return inline;
            }
        }

        return head + "\n" + Pad(indent) + body + tail;
    }

    private static string Pad(int indent) => new(' ', indent * 4);
}
