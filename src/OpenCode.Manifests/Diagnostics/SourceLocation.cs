using System;
using System.IO;

namespace OpenCode.Manifests.Diagnostics;

/// <summary>
/// The C# line that declared an object, captured by builder methods through caller information, so build errors
/// point at user code the way compiler errors do.
/// </summary>
public readonly record struct SourceLocation(string FilePath, int Line, int Column = 1)
{
    /// <summary>No location known.</summary>
    public static SourceLocation None => new("", 0, 0);

    /// <summary>True when a file is known.</summary>
    public bool IsKnown => FilePath.Length > 0 && Line > 0;

    /// <summary>
    /// A location at the first non-blank character of the caller's line. Caller information has no column, so
    /// the column is read from the source file when it is on disk (it is during a build).
    /// </summary>
    public static SourceLocation FromCaller(string filePath, int line)
    {
        if (string.IsNullOrEmpty(filePath) || line <= 0)
        {
            return None;
        }

        return new SourceLocation(filePath, line, ColumnOfFirstCode(filePath, line));
    }

    private static int ColumnOfFirstCode(string filePath, int line)
    {
        try
        {
            if (!File.Exists(filePath))
            {
                return 1;
            }

            using var reader = new StreamReader(filePath);
            string? text = null;
            for (var i = 0; i < line; i++)
            {
                text = reader.ReadLine();
                if (text is null)
                {
                    return 1;
                }
            }

            var column = 1;
            foreach (var c in text!)
            {
                if (c != ' ' && c != '\t')
                {
                    break;
                }

                column++;
            }

            return column;
        }
        catch (IOException)
        {
            return 1;
        }
        catch (UnauthorizedAccessException)
        {
            return 1;
        }
    }

    /// <summary>The canonical MSBuild origin: <c>file(line,col)</c>.</summary>
    public override string ToString() => IsKnown ? $"{FilePath}({Line},{Column})" : "";
}
