using System;
using YamlDotNet.Core;

namespace OpenCode.Manifests.Values;

/// <summary>
/// YAML that does not fit the model: an unknown key on a closed object, a missing required key, a wrong node
/// kind, a value outside an enum, or a union no variant matches. Carries the key path and the YAML position.
/// </summary>
public sealed class ValuesYamlException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, without position.</param>
    /// <param name="path">The key path, e.g. <c>controllers.main.containers.app.image.tag</c>; empty for the root.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ValuesYamlException(string problem, string path, long line, long column, Exception? innerException = null)
        : base(Format(problem, path, line, column), innerException)
    {
        Problem = problem;
        Path = path;
        Line = line;
        Column = column;
    }

    internal ValuesYamlException(string problem, string path, Mark start, Exception? innerException = null)
        : this(problem, path, start.Line, start.Column, innerException)
    {
    }

    /// <summary>What is wrong, without position.</summary>
    public string Problem { get; }

    /// <summary>The key path of the offending node (<c>a.b[2].c</c>); empty for the document root.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the offending node, or 0 when the node was not parsed from text.</summary>
    public long Line { get; }

    /// <summary>The 1-based column of the offending node, or 0 when the node was not parsed from text.</summary>
    public long Column { get; }

    private static string Format(string problem, string path, long line, long column)
    {
        var where = path.Length == 0 ? "(root)" : path;
        return line > 0 ? $"{where}: {problem} (line {line}, column {column})" : $"{where}: {problem}";
    }
}
