namespace OpenCode.Manifests.Composition;

/// <summary>
/// A literal environment value the author declares is not secret although it looks like one. Writing it is the
/// per-value opt-out of the credential checks: <c>SetEnv("GRAFANA_KEY_ID", PlainText.NotSecret("sk-public-demo", "a
/// public demo key"))</c>. The reason is for the reviewer who reads the line.
/// </summary>
/// <param name="Value">The value, written into the manifests as is.</param>
/// <param name="Reason">Why it may be committed in plain text.</param>
public sealed record PlainText(string Value, string Reason)
{
    /// <summary>Marks <paramref name="value"/> as safe to commit, for <paramref name="reason"/>.</summary>
    public static PlainText NotSecret(string value, string reason) => new(value, reason);
}
