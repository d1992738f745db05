using System;
using System.Collections.Generic;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// Top-level domains a homelab host is likely to be pasted with: the special-use and private-use names (RFC 6761,
/// RFC 8375 <c>home.arpa</c>, <c>internal</c>, the common <c>lan</c>/<c>home</c>), and the generic and country
/// domains people register. A route host is the labels before the cluster's domain variable, so a host ending in one
/// of these already carries a domain. A short list on purpose: a label missing here is not reported, a label listed
/// here is never the first half of a real host name.
/// </summary>
internal static class TopLevelDomains
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "arpa", "local", "localhost", "lan", "home", "internal", "intranet", "corp", "test", "example", "invalid",
        "com", "net", "org", "io", "dev", "app", "cloud", "xyz", "me", "info", "biz", "tech", "site", "online", "ai",
        "sh", "co", "tv", "cc", "gg", "eu", "de", "uk", "fr", "nl", "ch", "at", "be", "it", "es", "se", "no", "fi", "dk",
        "pl", "cz", "us", "ca", "au", "nz", "jp", "br", "in",
    };

    /// <summary>The last label of <paramref name="host"/> when it has more than one label and the last is a known domain; else null.</summary>
    public static string? LastLabelIsOne(string host)
    {
        var dot = host.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var last = host.Substring(dot + 1);
        return Known.Contains(last) ? last : null;
    }
}
