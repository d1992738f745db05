using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenCode.Manifests.Safety.Tests.Infrastructure;

/// <summary>
/// This test's own idea of which inputs are wrong, written independently of the library's rules (so a rule that
/// stops firing, or fires on the wrong thing, shows up as a disagreement).
/// </summary>
internal static class Oracle
{
    private static readonly Regex DnsLabel = new("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$");
    private static readonly Regex Quantity = new(@"^(?<n>[0-9]+(\.[0-9]*)?|\.[0-9]+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$");
    private static readonly Regex EnvName = new("^[A-Za-z_][A-Za-z0-9_]*$");
    private static readonly Regex ImageTag = new("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$");
    private static readonly Regex SecretKey = new("^[-._a-zA-Z0-9]+$");
    private static readonly string[] LibraryVolumes = { "data", "secrets", "tmp" };
    private static readonly string[] LibraryKeys = { "GITHUB_PAT", "PASSWORD", "COPILOT_AUTH_JSON" };

    public static bool IsDnsLabel(string s) => DnsLabel.IsMatch(s);

    public static bool IsHost(string s) => s.Length > 0 && s.Split('.').All(IsDnsLabel);

    public static bool IsEnvName(string s) => EnvName.IsMatch(s);

    public static bool IsTag(string s) => s.Length > 0 && s != "latest" && ImageTag.IsMatch(s);

    public static bool IsAbsolute(string s) => s.StartsWith('/') && s.Length > 1 && s[1..].Split('/').All(Segment);

    /// <summary>An absolute path, with at most one trailing '/' (the kubelet mounts '/data/' at '/data'; OCM2027 allows it).</summary>
    public static bool IsMountPath(string s) => IsAbsolute(s.Length > 2 && s.EndsWith('/') && !s.EndsWith("//", StringComparison.Ordinal) ? s[..^1] : s);

    public static bool IsRelative(string s) => s.Length > 0 && !s.StartsWith('/') && s.Split('/').All(Segment);

    public static bool IsPositiveQuantity(string s)
    {
        var match = Quantity.Match(s);
        return match.Success && decimal.Parse(match.Groups["n"].Value.TrimEnd('.') is { Length: > 0 } n ? (n.StartsWith('.') ? "0" + n : n) : "0", CultureInfo.InvariantCulture) > 0;
    }

    public static bool IsQuantity(string s) => Quantity.IsMatch(s);

    public static bool IsCron(string s)
    {
        if (s.StartsWith('@'))
        {
            return s is "@yearly" or "@annually" or "@monthly" or "@weekly" or "@daily" or "@midnight" or "@hourly";
        }

        var fields = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (int Min, int Max, string[] Names)[] ranges =
        {
            (0, 59, Array.Empty<string>()), (0, 23, Array.Empty<string>()), (1, 31, Array.Empty<string>()),
            (1, 12, new[] { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" }),
            (0, 7, new[] { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" }),
        };
        return fields.Length == 5 && fields.Select((f, i) => f.Split(',').All(item => CronItem(item, ranges[i]))).All(ok => ok);
    }

    /// <summary>Every mistake in <paramref name="spec"/> this test can recognise on its own.</summary>
    public static IEnumerable<string> KnownMistakes(WorkspaceSpec spec)
    {
        if (!IsDnsLabel(spec.Name)) yield return "name";
        if (!IsDnsLabel(spec.Namespace)) yield return "namespace";
        if (!IsRelative(spec.Folder)) yield return "folder";
        if (!IsHost(spec.Host)) yield return "host";
        if (!IsPositiveQuantity(spec.Capacity)) yield return "capacity";
        if (!IsCron(spec.Schedule)) yield return "schedule";
        if (!IsTag(spec.Tag)) yield return "tag";
        if (spec.Port is < 1 or > 65535) yield return "port";

        var volumeIds = new HashSet<string>(LibraryVolumes);
        foreach (var v in spec.Volumes)
        {
            if (!IsDnsLabel(v.Id)) yield return "volume id";
            if (!volumeIds.Add(v.Id)) yield return "volume id taken";
            if (!v.Mounted) yield return "unmounted volume";
            if (v.Mounted && !IsMountPath(v.Path)) yield return "mount path";
            if (v.Mounted && v.SubPath is not null && !IsRelative(v.SubPath)) yield return "subPath";
            if (v.Scratch && v.SizeLimit is not null && !IsQuantity(v.SizeLimit)) yield return "size limit";
        }

        var keys = new HashSet<string>(LibraryKeys);
        foreach (var s in spec.Secrets)
        {
            if (s.Declared && !keys.Add(s.Key)) yield return "secret key twice";
            if (s.Declared && (!SecretKey.IsMatch(s.Key) || s.Key is "." or "..")) yield return "secret key";
            if (!s.Declared && !keys.Contains(s.Key)) yield return "undeclared secret key";
            if (!IsEnvName(s.Variable)) yield return "secret variable name";
        }

        foreach (var (name, _) in spec.Env)
        {
            if (!IsEnvName(name)) yield return "env name";
        }

        // Environment is a map: a later SetEnv of the same name replaces the value.
        foreach (var value in spec.Env.GroupBy(e => e.Name).Select(g => g.Last().Value))
        {
            if (value.Contains("${UNKNOWN_VARIABLE}", StringComparison.Ordinal)) yield return "unknown variable";
        }
    }

    private static bool Segment(string s) => s.Length > 0 && s != "." && s != "..";

    private static bool CronItem(string item, (int Min, int Max, string[] Names) range)
    {
        var parts = item.Split('/');
        if (parts.Length > 2 || (parts.Length == 2 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step >= 1 && step <= range.Max)))
        {
            return false;
        }

        if (parts[0] == "*")
        {
            return true;
        }

        var bounds = parts[0].Split('-');
        if (bounds.Length > 2)
        {
            return false;
        }

        var values = bounds.Select(b => Value(b, range)).ToList();
        return values.All(v => v is not null) && (values.Count == 1 || values[0] <= values[1]);
    }

    private static int? Value(string text, (int Min, int Max, string[] Names) range)
    {
        var named = Array.IndexOf(range.Names, text);
        if (named >= 0)
        {
            return range.Names.Length == 12 ? named + 1 : named;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= range.Min && n <= range.Max ? n : null;
    }
}
