using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

// This file is compiled into the netstandard2.0 generators too, where string has no Contains(char),
// StartsWith(char) or span overloads: the analyzers' advice to use them cannot apply to both builds.
#pragma warning disable CA1846, CA1865, CA2249

namespace OpenCode.Manifests.Constraints;

/// <summary>
/// What each constraint attribute accepts. One copy of the rules serves both the analyzers (this file is linked
/// into the generators assembly, netstandard2.0, so it uses nothing newer) and the build-time rules, so a constant
/// the IDE accepts is never rejected by the build and the other way round.
/// </summary>
internal static class ConstraintSyntax
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex DnsLabelPattern = new("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", Options);
    private static readonly Regex QuantityPattern = new(@"^([0-9]+(\.[0-9]*)?|\.[0-9]+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$", Options);
    private static readonly Regex EnvVarNamePattern = new("^[A-Za-z_][A-Za-z0-9_]*$", Options);
    private static readonly Regex ImageTagPattern = new("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", Options);
    private static readonly Regex ImageRepositoryPattern = new(
        @"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$",
        Options);
    private static readonly Regex TokenPrefixPattern = new(
        @"(^|[^A-Za-z0-9])(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|sk-|sk_live_|rk_live_|xox[abprs]-)[A-Za-z0-9_\-]{10,}|AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----",
        Options);
    private static readonly Regex TokenAlphabet = new(@"^[A-Za-z0-9+/=_\-]+$", Options);
    private static readonly char[] CronFieldSeparators = { ' ', '\t' };
    private static readonly string[] SecretNameSuffixes = { "PASSWORD", "PASSWD", "TOKEN", "SECRET", "API_KEY", "APIKEY", "PRIVATE_KEY", "_PAT" };

    /// <summary>An RFC 1123 DNS label.</summary>
    public static bool IsDnsLabel(string value) => DnsLabelPattern.IsMatch(value);

    /// <summary>A DNS label close to <paramref name="value"/> (lower-cased, other characters turned into '-').</summary>
    public static string SuggestDnsLabel(string value)
    {
        var lowered = Regex.Replace(value.ToLowerInvariant(), "[^a-z0-9-]+", "-").Trim('-');
        lowered = Regex.Replace(lowered, "-{2,}", "-");
        if (lowered.Length > 63)
        {
            lowered = lowered.Substring(0, 63).Trim('-');
        }

        return lowered.Length == 0 ? "app" : lowered;
    }

    /// <summary>An absolute container path: '/' then non-empty segments, none '.' or '..', no trailing '/'.</summary>
    public static bool IsAbsolutePath(string value) =>
        value.Length > 1 && value[0] == '/' && SegmentsAreClean(value.Substring(1));

    /// <summary>A relative path inside a volume: non-empty segments, none '.' or '..', no leading or trailing '/'.</summary>
    public static bool IsRelativePath(string value) =>
        value.Length > 0 && value[0] != '/' && SegmentsAreClean(value);

    /// <summary>
    /// Top-level domains a homelab host is likely to be pasted with: the special-use and private-use names (RFC 6761,
    /// RFC 8375 <c>home.arpa</c>, <c>internal</c>, the common <c>lan</c>/<c>home</c>), and the generic and country
    /// domains people register. A short list on purpose: a label missing here is not reported, and a label listed here
    /// is never the last label of the part of a host that comes before a cluster's domain.
    /// </summary>
    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "arpa", "local", "localhost", "lan", "home", "internal", "intranet", "corp", "test", "example", "invalid",
        "com", "net", "org", "io", "dev", "app", "cloud", "xyz", "me", "info", "biz", "tech", "site", "online", "ai",
        "sh", "co", "tv", "cc", "gg", "eu", "de", "uk", "fr", "nl", "ch", "at", "be", "it", "es", "se", "no", "fi", "dk",
        "pl", "cz", "us", "ca", "au", "nz", "jp", "br", "in",
    };

    /// <summary>
    /// The top-level domain <paramref name="host"/> already ends in (<c>notes.home.arpa</c> → <c>arpa</c>), or null:
    /// a host before the cluster domain must not carry a domain of its own.
    /// </summary>
    public static string? TopLevelDomainOf(string host)
    {
        var dot = host.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var last = host.Substring(dot + 1);
        return TopLevelDomains.Contains(last) ? last : null;
    }

    /// <summary>DNS labels that carry no domain of their own: the part of a route host before the cluster's domain variable.</summary>
    public static bool IsHostBeforeDomain(string value) => IsHostname(value) && TopLevelDomainOf(value) is null;

    /// <summary>Host labels before the domain: DNS labels separated by '.', at most 253 characters.</summary>
    public static bool IsHostname(string value)
    {
        if (value.Length == 0 || value.Length > 253)
        {
            return false;
        }

        foreach (var label in value.Split('.'))
        {
            if (!IsDnsLabel(label))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A five-field cron schedule, or one of the @hourly/@daily/… macros.</summary>
    public static bool IsCronSchedule(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("@", StringComparison.Ordinal))
        {
            return text is "@yearly" or "@annually" or "@monthly" or "@weekly" or "@daily" or "@midnight" or "@hourly";
        }

        var fields = text.Split(CronFieldSeparators, StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 5
            && IsCronField(fields[0], 0, 59, null)
            && IsCronField(fields[1], 0, 23, null)
            && IsCronField(fields[2], 1, 31, null)
            && IsCronField(fields[3], 1, 12, Months)
            && IsCronField(fields[4], 0, 7, Days);
    }

    /// <summary>A Kubernetes quantity without a sign (sizes and capacities are never negative).</summary>
    public static bool IsKubernetesQuantity(string value) => QuantityPattern.IsMatch(value);

    /// <summary>A portable environment variable name.</summary>
    public static bool IsEnvVarName(string value) => EnvVarNamePattern.IsMatch(value);

    /// <summary>An OCI image tag.</summary>
    public static bool IsImageTag(string value) => ImageTagPattern.IsMatch(value);

    /// <summary>
    /// The major version a chart tag names (<c>5</c> for <c>5.1.0</c> or <c>v5.1.0</c>), or null when the tag does not
    /// start with a number (<c>latest</c>, a branch, a Flux variable).
    /// </summary>
    public static int? ChartMajor(string version)
    {
        var text = version.StartsWith("v", StringComparison.Ordinal) ? version.Substring(1) : version;
        var end = text.IndexOf('.');
        var major = end < 0 ? text : text.Substring(0, end);
        return major.Length > 0 && major.Length < 10 && IsDigits(major) ? int.Parse(major, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>True when app-template <paramref name="major"/> has a values model in the library (4.x, 5.x).</summary>
    public static bool IsModelledAppTemplateMajor(int? major) => major is 4 or 5;

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for the tag that is not a version.</summary>
    public static bool IsFloatingTag(string value) => string.Equals(value, "latest", StringComparison.OrdinalIgnoreCase);

    /// <summary>An image repository (registry host optional), without tag or digest.</summary>
    public static bool IsImageRepository(string value) => value.Length <= 255 && ImageRepositoryPattern.IsMatch(value);

    /// <summary>A TCP port number.</summary>
    public static bool IsPort(long value) => value is >= 1 and <= 65535;

    /// <summary>
    /// Why the literal <paramref name="value"/> of variable <paramref name="name"/> looks like a credential, or
    /// null when it does not: a known token prefix, a high-entropy token-like string, or a variable named like a
    /// secret holding a literal that is neither empty, a path nor a Flux variable.
    /// </summary>
    public static string? SecretLikeReason(string? name, string value)
    {
        if (TokenPrefixPattern.IsMatch(value))
        {
            return "it starts like a known token or key format";
        }

        if (value.Length >= 24 && TokenAlphabet.IsMatch(value) && HasMixedClasses(value) && Entropy(value) >= 3.5)
        {
            return "it is a long, high-entropy string";
        }

        if (name is not null && value.Length > 0 && value[0] != '/' && value[0] != '$')
        {
            var upper = name.ToUpperInvariant();
            foreach (var suffix in SecretNameSuffixes)
            {
                if (upper.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return $"the variable '{name}' is named like a secret";
                }
            }
        }

        return null;
    }

    private static readonly string[] Months = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };
    private static readonly string[] Days = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" };

    private static bool SegmentsAreClean(string path)
    {
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.IndexOf('\0') >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCronField(string field, int min, int max, string[]? names)
    {
        foreach (var item in field.Split(','))
        {
            var slash = item.IndexOf('/');
            var range = slash < 0 ? item : item.Substring(0, slash);
            if (slash >= 0 && (!int.TryParse(item.Substring(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var step) || step < 1 || step > max))
            {
                return false;
            }

            if (range == "*" || (range == "?" && names is null && min == 1 && max == 31))
            {
                continue;
            }

            var dash = range.IndexOf('-');
            if (dash < 0)
            {
                if (!CronValue(range, min, max, names, out _))
                {
                    return false;
                }

                continue;
            }

            if (!CronValue(range.Substring(0, dash), min, max, names, out var low)
                || !CronValue(range.Substring(dash + 1), min, max, names, out var high)
                || low > high)
            {
                return false;
            }
        }

        return true;
    }

    private static bool CronValue(string text, int min, int max, string[]? names, out int value)
    {
        if (names is not null)
        {
            var index = Array.IndexOf(names, text.ToUpperInvariant());
            if (index >= 0)
            {
                value = index + (names.Length == 12 ? 1 : 0);
                return true;
            }
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max;
    }

    private static bool HasMixedClasses(string value)
    {
        bool lower = false, upper = false, digit = false;
        foreach (var c in value)
        {
            lower |= c is >= 'a' and <= 'z';
            upper |= c is >= 'A' and <= 'Z';
            digit |= c is >= '0' and <= '9';
        }

        return lower && upper && digit;
    }

    private static double Entropy(string value)
    {
        var counts = new System.Collections.Generic.Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }
}
