using System.Collections.Generic;
using System.Globalization;

namespace OpenCode.Manifests;

/// <summary>
/// The server command for an OpenCode version: 1.x serves its web UI with <c>opencode web</c>; 2.x removed it in
/// favour of <c>opencode serve</c>.
/// </summary>
public static class OpenCodeServerCommand
{
    /// <summary>The command line that starts the server on all interfaces at <paramref name="port"/>.</summary>
    public static List<string> For(PinnedImage image, int port)
    {
        var verb = image.MajorVersion is >= 2 ? "serve" : "web";
        return new List<string> { "opencode", verb, "--hostname", "0.0.0.0", "--port", port.ToString(CultureInfo.InvariantCulture) };
    }

    /// <summary>
    /// The environment variable OpenCode reads the Basic-auth password from. 1.x reads only
    /// <c>OPENCODE_SERVER_PASSWORD</c>; 2.x reads <c>OPENCODE_PASSWORD</c> first and falls back to it, so it works
    /// for both.
    /// </summary>
    public const string PasswordVariable = "OPENCODE_SERVER_PASSWORD";

    /// <summary>The Basic-auth user name variable (OpenCode's default user is <c>opencode</c>).</summary>
    public const string UserNameVariable = "OPENCODE_SERVER_USERNAME";
}
