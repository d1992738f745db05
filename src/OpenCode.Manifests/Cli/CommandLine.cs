using System;
using System.Globalization;
using OpenCode.Manifests.Diffing;

namespace OpenCode.Manifests.Cli;

/// <summary>The parsed command line of <see cref="ManifestsProgram"/>.</summary>
internal sealed record CommandLine
{
    /// <summary>Diff lines printed per file in check mode unless <c>--diff-lines</c> says otherwise.</summary>
    public const int DefaultDiffLines = 60;

    public const string Usage = "usage: emit --root <folder> [--check] [--list <file>] [--color auto|always|never] [--diff-lines <n>]";

    public required string Verb { get; init; }

    public string? Root { get; init; }

    public bool Check { get; init; }

    public string? ListFile { get; init; }

    public ColorChoice Color { get; init; }

    public int DiffLines { get; init; } = DefaultDiffLines;

    /// <summary>Parses the arguments; null with a message when they are not understood.</summary>
    public static CommandLine? Parse(string[] args, out string problem)
    {
        problem = Usage;
        if (args.Length == 0 || args[0] != "emit")
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
                case "--check":
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

        return line.Root is null ? null : line;
    }
}
