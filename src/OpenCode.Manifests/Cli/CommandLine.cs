using System;
using System.Globalization;
using OpenCode.Manifests.Diffing;

namespace OpenCode.Manifests.Cli;

/// <summary>The parsed command line of <see cref="ManifestsProgram"/>.</summary>
internal sealed record CommandLine
{
    /// <summary>Diff lines printed per file in check mode unless <c>--diff-lines</c> says otherwise.</summary>
    public const int DefaultDiffLines = 60;

    public const string Usage = "usage: emit --root <folder> [--check] [--list <file>] [--color auto|always|never] [--diff-lines <n>]"
        + " | diff --root <folder> --base <git revision> [--format markdown|text] [--max-chars <n>] [--output <file>]";

    public required string Verb { get; init; }

    public string? Root { get; init; }

    public bool Check { get; init; }

    public string? ListFile { get; init; }

    public ColorChoice Color { get; init; }

    public int DiffLines { get; init; } = DefaultDiffLines;

    /// <summary>diff: the git revision whose committed tree is the base.</summary>
    public string? Base { get; init; }

    /// <summary>diff: markdown (default) or text.</summary>
    public bool Markdown { get; init; } = true;

    /// <summary>diff: the report's size cap, or null for the format's default.</summary>
    public int? MaxChars { get; init; }

    /// <summary>diff: the file the report is written to, or null for the standard output.</summary>
    public string? Output { get; init; }

    /// <summary>Parses the arguments; null with a message when they are not understood.</summary>
    public static CommandLine? Parse(string[] args, out string problem)
    {
        problem = Usage;
        if (args.Length == 0 || args[0] is not ("emit" or "diff"))
        {
            return null;
        }

        var line = new CommandLine { Verb = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--root" when value is not null:
                    line = line with { Root = value };
                    i++;
                    break;
                case "--list" when value is not null:
                    line = line with { ListFile = value };
                    i++;
                    break;
                case "--base" when value is not null && line.Verb == "diff":
                    line = line with { Base = value };
                    i++;
                    break;
                case "--format" when value is "markdown" or "text" && line.Verb == "diff":
                    line = line with { Markdown = value == "markdown" };
                    i++;
                    break;
                case "--max-chars" when value is not null && line.Verb == "diff" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var chars):
                    line = line with { MaxChars = chars };
                    i++;
                    break;
                case "--output" when value is not null && line.Verb == "diff":
                    line = line with { Output = value };
                    i++;
                    break;
                case "--check" when line.Verb == "emit":
                    line = line with { Check = true };
                    break;
                case "--color" when value is not null && Enum.TryParse<ColorChoice>(value, ignoreCase: true, out var color) && !int.TryParse(value, out _):
                    line = line with { Color = color };
                    i++;
                    break;
                case "--diff-lines" when value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var lines):
                    line = line with { DiffLines = lines };
                    i++;
                    break;
                default:
                    problem = $"unknown or incomplete argument '{args[i]}'; " + Usage;
                    return null;
            }
        }

        return line.Root is null || (line.Verb == "diff" && line.Base is null) ? null : line;
    }
}
