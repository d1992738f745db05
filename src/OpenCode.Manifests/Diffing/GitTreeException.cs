using System;
using System.IO;

namespace OpenCode.Manifests.Diffing;

/// <summary>The committed tree could not be read.</summary>
public sealed class GitTreeException : IOException
{
    /// <summary>Creates the exception.</summary>
    public GitTreeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GitTreeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GitTreeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
