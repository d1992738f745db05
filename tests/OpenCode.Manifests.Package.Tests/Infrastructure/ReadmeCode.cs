using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>One <c>```csharp</c> block of README.md: its 1-based first code line and the HTML comment right above it.</summary>
internal sealed record ReadmeBlock(int Line, string? Marker, string Code)
{
    /// <summary>A block marked <c>&lt;!-- readme: fragment (why) --&gt;</c> is not a whole file and is not compiled.</summary>
    public bool IsFragment => Marker is not null && Marker.StartsWith("fragment", StringComparison.Ordinal);
}

/// <summary>
/// The C# blocks of README.md. Every block is a whole file a reader can paste (its own <c>using</c> lines) unless an
/// HTML comment <c>&lt;!-- readme: fragment (reason) --&gt;</c> on the line above says it is not; a block may also be
/// named (<c>&lt;!-- readme: consumer-app (…) --&gt;</c>) so a test can use it as a file.
/// </summary>
internal static class ReadmeCode
{
    private static readonly Regex MarkerPattern = new(@"^<!--\s*readme:\s*(?<marker>.+?)\s*-->$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<ReadmeBlock> Blocks(string file = "README.md") => Parse(File.ReadAllText(Repo.File(file)));

    /// <summary>The block whose marker starts with <paramref name="name"/>.</summary>
    public static ReadmeBlock Named(string name) =>
        Blocks().Single(b => b.Marker is not null && (b.Marker == name || b.Marker.StartsWith(name + " ", StringComparison.Ordinal)));

    public static IReadOnlyList<ReadmeBlock> Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var blocks = new List<ReadmeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var indent = lines[i].Length - lines[i].TrimStart().Length;
            var marker = i > 0 && MarkerPattern.Match(lines[i - 1].Trim()) is { Success: true } match ? match.Groups["marker"].Value : null;
            var code = new List<string>();
            var j = i + 1;
            for (; j < lines.Length && lines[j].Trim() != "```"; j++)
            {
                code.Add(lines[j].Length >= indent ? lines[j][indent..] : lines[j].TrimStart());
            }

            blocks.Add(new ReadmeBlock(i + 2, marker, string.Join("\n", code) + "\n"));
            i = j;
        }

        return blocks;
    }
}
