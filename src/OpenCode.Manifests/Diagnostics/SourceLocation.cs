using System;
using System.Collections.Concurrent;
using System.IO;

namespace OpenCode.Manifests.Diagnostics;

/// <summary>
/// The C# line that declared an object, captured by builder methods through caller information, so build errors
/// point at user code the way compiler errors do.
/// </summary>
/// <param name="FilePath">The source file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">
/// The 1-based column; 0 means "the first non-blank character of the line", worked out only when asked for.
/// </param>
public readonly record struct SourceLocation(string FilePath, int Line, int Column = 0)
{
    // Source lines by file, read at most once per file and only when a diagnostic needs a column.
    private static readonly ConcurrentDictionary<string, string[]?> SourceLines = new(StringComparer.Ordinal);

    private readonly int column = Column;

    /// <summary>The 1-based column (the first non-blank character of the line when the caller gave none).</summary>
    public int Column => column > 0 || !IsKnown ? column : ColumnOfFirstCode(FilePath, Line);

    /// <summary>No location known.</summary>
    public static SourceLocation None => new("", 0, 0);

    /// <summary>True when a file is known.</summary>
    public bool IsKnown => !string.IsNullOrEmpty(FilePath) && Line > 0;

    /// <summary>
    /// The caller's line. Caller information has no column; it is read from the source file (on disk during a
    /// build) the first time <see cref="Column"/> is asked for, so composing never touches the disk.
    /// </summary>
    public static SourceLocation FromCaller(string filePath, int line) =>
        string.IsNullOrEmpty(filePath) || line <= 0 ? None : new SourceLocation(filePath, line);

    private static int ColumnOfFirstCode(string filePath, int line)
    {
        var lines = SourceLines.GetOrAdd(filePath, ReadLines);
        if (lines is null || line > lines.Length)
        {
            return 1;
        }

        var column = 1;
        foreach (var c in lines[line - 1])
        {
            if (c != ' ' && c != '\t')
            {
                break;
            }

            column++;
        }

        return column;
    }

    private static string[]? ReadLines(string filePath)
    {
        try
        {
            return File.Exists(filePath) ? File.ReadAllLines(filePath) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The canonical MSBuild origin: <c>file(line,col)</c>.</summary>
    public override string ToString() => IsKnown ? $"{FilePath}({Line},{Column})" : "";
}
